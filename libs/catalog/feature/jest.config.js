module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'catalog-feature',
  rootDir: __dirname,
};
