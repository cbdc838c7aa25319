import type { CodegenConfig } from '@graphql-codegen/cli';

// The console knows the API only through its committed schema. Documents live next to their feature
// (`features/<x>/<x>.documents.ts`) and are written with the generated `graphql()` function.
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: 'string' } },
    },
  },
};

export default config;
