// For the jest configs of workspaces whose tests use createTestDatabase: without DATABASE_URL, and outside the root
// `npm test` (which starts one pool for the whole run), the jest run starts its own pool of embedded databases.
const { join } = require('node:path');

/** @type {import('jest').Config} */
module.exports = {
  globalSetup: join(__dirname, 'packages/db/src/testing/run-pool-global-setup.ts'),
  globalTeardown: join(__dirname, 'packages/db/src/testing/run-pool-global-teardown.ts'),
};
