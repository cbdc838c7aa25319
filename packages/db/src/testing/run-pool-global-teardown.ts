// jest globalTeardown of the workspaces whose tests use createTestDatabase (jest.embedded-pool.cjs).
export { stopRunPool as default } from './run-pool';
