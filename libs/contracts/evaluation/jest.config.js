module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'contracts-evaluation',
  rootDir: __dirname,
};
