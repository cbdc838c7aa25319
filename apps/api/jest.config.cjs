// The globalSetup makes a folder where every test API server's log lines, every test database's audit events and
// every secret the test clients handled are written, and, with no database given, starts a pool of embedded ones; the
// globalTeardown fails the run if any secret is in the former.
module.exports = {
  ...require('../../jest.preset.cjs'),
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
};
