module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'util-thai',
  rootDir: __dirname,
};
