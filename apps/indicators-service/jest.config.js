module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'indicators-service',
  rootDir: __dirname,
};
