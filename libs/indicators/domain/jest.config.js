module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'indicators-domain',
  rootDir: __dirname,
};
