module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'notification-data-access',
  rootDir: __dirname,
};
