module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'notification-domain',
  rootDir: __dirname,
};
