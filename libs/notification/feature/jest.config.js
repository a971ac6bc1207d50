module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'notification-feature',
  rootDir: __dirname,
};
