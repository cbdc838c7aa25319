import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';

type Glue = typeof import('@prisma/schema-engine-wasm/schema_engine_bg');

// The parts of the WebAssembly global used here; TypeScript declares it only in its DOM library.
const { WebAssembly } = globalThis as unknown as {
  WebAssembly: {
    instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: { exports: Record<string, unknown> } }>;
  };
};

let engineClass: Promise<typeof SchemaEngine> | undefined;

// The engine reports a Rust panic through this global, then traps with a bare "unreachable" that escapes the pending
// call (it surfaces as an uncaught exception), so the panic's own message is written out here, where it is known.
(globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = {
  set_message(message: string) {
    console.error(`Prisma schema engine panicked: ${message}`);
  },
};

// The package's own entry imports the `.wasm` file as an ES module, which Node cannot do; the file is not in its
// exports either. So the glue is loaded on its own and handed the instance it expects (wasm-bindgen's bundler target).
async function instantiate(): Promise<typeof SchemaEngine> {
  const require = createRequire(import.meta.url);
  const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  const glue: Glue = await import('@prisma/schema-engine-wasm/schema_engine_bg');
  const bytes = await readFile(join(dirname(gluePath), 'schema_engine_bg.wasm'));
  const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': glue });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return glue.SchemaEngine;
}

/** The WASM build of Prisma's schema engine, loaded once per process. */
export function loadSchemaEngine(): Promise<typeof SchemaEngine> {
  engineClass ??= instantiate();
  return engineClass;
}

