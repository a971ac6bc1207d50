import { Type } from 'class-transformer';
import { IsBoolean, IsInt, Max, Min } from 'class-validator';

import { EnvBoolean } from './env-decorators';
import { ConfigValidationError, describeStartupError, loadConfig, splitList } from './load-config';

class TestEnv {
  @Type(() => Number)
  @Min(1)
  @Max(65535)
  @IsInt()
  PORT = 3000;

  @EnvBoolean()
  @IsBoolean()
  PRETTY = false;
}

describe('loadConfig', () => {
  it('keeps defaults', () => {
    expect(loadConfig(TestEnv, {})).toMatchObject({ PORT: 3000, PRETTY: false });
  });

  it('converts numbers and booleans', () => {
    expect(loadConfig(TestEnv, { PORT: '8080', PRETTY: 'true' })).toMatchObject({ PORT: 8080, PRETTY: true });
  });

  it.each(['false', '0', 'no'])('reads %s as false', (value) => {
    expect(loadConfig(TestEnv, { PRETTY: value }).PRETTY).toBe(false);
  });

  it('lists every invalid variable with its value', () => {
    const failure = (() => {
      try {
        return loadConfig(TestEnv, { PORT: 'abc', PRETTY: 'maybe' });
      } catch (caught) {
        return caught as ConfigValidationError;
      }
    })() as ConfigValidationError;

    expect(failure.problems).toEqual([
      'PORT="abc": PORT must be an integer number',
      'PRETTY="maybe": PRETTY must be a boolean value',
    ]);
  });
});

describe('describeStartupError', () => {
  it('explains a port in use', () => {
    expect(describeStartupError(Object.assign(new Error('listen'), { code: 'EADDRINUSE', port: 3000 }))).toContain('Port 3000 is already in use');
  });
});

describe('splitList', () => {
  it('trims and drops empty items', () => {
    expect(splitList(' nats://a:4222, ,nats://b:4222 ')).toEqual(['nats://a:4222', 'nats://b:4222']);
  });
});
