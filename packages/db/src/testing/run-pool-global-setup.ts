// jest globalSetup of the workspaces whose tests use createTestDatabase (jest.embedded-pool.cjs).
export { startRunPool as default } from './run-pool';
