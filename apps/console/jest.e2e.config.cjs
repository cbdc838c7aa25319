// Browser tests: the built console under `next start`, driven through Debian's Chromium.
const preset = require('../../jest.preset.cjs');

module.exports = {
  ...preset,
  testMatch: ['<rootDir>/e2e/**/*.e2e.ts'],
  globalSetup: '<rootDir>/e2e/global-setup.ts',
  globalTeardown: '<rootDir>/e2e/global-teardown.ts',
  testTimeout: 60_000,
};
