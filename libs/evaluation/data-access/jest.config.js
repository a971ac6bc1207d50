module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'evaluation-data-access',
  rootDir: __dirname,
};
