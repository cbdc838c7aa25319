import { defineConfig } from 'tsup';

// ESM for Node (API) and the browser (console); one shared chunk holds the catalog data both entries use.
export default defineConfig({
  entry: { index: 'src/index.ts', 'catalog/index': 'src/catalog/index.ts' },
  format: ['esm'],
  dts: true,
  platform: 'neutral',
  target: 'es2022',
  splitting: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
});
