module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'contracts-notification',
  rootDir: __dirname,
};
