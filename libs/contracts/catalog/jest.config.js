module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'contracts-catalog',
  rootDir: __dirname,
};
