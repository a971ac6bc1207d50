module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'gateway-data-access',
  rootDir: __dirname,
};
