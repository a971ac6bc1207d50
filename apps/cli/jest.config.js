module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'cli',
  rootDir: __dirname,
  // commander 15 ships only ES modules, so Jest compiles it to CommonJS like @nestjs.
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|commander)/)'],
};
