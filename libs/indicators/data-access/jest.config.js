module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'indicators-data-access',
  rootDir: __dirname,
};
