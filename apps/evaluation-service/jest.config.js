module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'evaluation-service',
  rootDir: __dirname,
};
