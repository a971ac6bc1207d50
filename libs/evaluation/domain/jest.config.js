module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'evaluation-domain',
  rootDir: __dirname,
};
