module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'evaluation-feature',
  rootDir: __dirname,
};
