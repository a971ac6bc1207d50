module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'contracts-indicators',
  rootDir: __dirname,
};
