module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'testing-services',
  rootDir: __dirname,
};
