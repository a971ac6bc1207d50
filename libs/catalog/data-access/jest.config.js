module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'catalog-data-access',
  rootDir: __dirname,
};
