module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'cli',
  rootDir: __dirname,
  // commander 15 and jose 6 ship only ES modules, so Jest compiles them to CommonJS like @nestjs.
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|commander|jose)/)'],
};
