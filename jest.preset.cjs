// Shared jest setup for every workspace: TypeScript through SWC (type-graphql needs legacy decorators), Node env.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/src/**/*.test.ts'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      require.resolve('@swc/jest'),
      {
        jsc: {
          target: 'es2022',
          parser: { syntax: 'typescript', decorators: true, tsx: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  // Workspace packages are published as TypeScript source; ESM-only dependencies are transformed too.
  transformIgnorePatterns: ['/node_modules/(?!(@cloud-copilot|@electric-sql|jose)/)'],
  testEnvironmentOptions: { customExportConditions: ['source', 'node', 'require', 'default'] },
  // Creating and migrating a test database takes a few seconds on a busy 2-core machine, and without DATABASE_URL the
  // embedded pool's first start of PGlite takes several more (queries are slower there too): jest's 5 s is too short.
  testTimeout: process.env.DATABASE_URL ? 30_000 : 60_000,
};
