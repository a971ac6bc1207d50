module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'indicators-feature',
  rootDir: __dirname,
};
