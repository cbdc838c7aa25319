module.exports = { ...require('../../jest.preset.cjs'), ...require('../../jest.embedded-pool.cjs') };
