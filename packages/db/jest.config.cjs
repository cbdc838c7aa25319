const preset = require('../../jest.preset.cjs');

// The WASM schema engine's glue is an ES module; jest runs CommonJS, so it is transformed like the preset's ESM packages.
module.exports = {
  ...preset,
  ...require('../../jest.embedded-pool.cjs'),
  transformIgnorePatterns: ['/node_modules/(?!(@cloud-copilot|@electric-sql|@prisma/schema-engine-wasm)/)'],
};
