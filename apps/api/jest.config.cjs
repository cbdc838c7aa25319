// The globalSetup makes a folder where every test API server's log lines, every test database's audit events and
// every secret the test clients handled are written; the globalTeardown fails the run if any secret is in the former.
module.exports = {
  ...require('../../jest.preset.cjs'),
  globalSetup: '<rootDir>/test/support/artifacts-global-setup.ts',
  globalTeardown: '<rootDir>/test/support/secrets-scan-global-teardown.ts',
};
