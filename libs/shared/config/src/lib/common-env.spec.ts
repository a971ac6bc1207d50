import { ServiceEnv } from './common-env';
import { ConfigValidationError, loadConfig } from './load-config';

describe('ServiceEnv EVENTS_STREAM_REPLICAS', () => {
  it('defaults to one replica', () => {
    expect(loadConfig(ServiceEnv, {}).EVENTS_STREAM_REPLICAS).toBe(1);
  });

  it('reads three replicas for a cluster', () => {
    expect(loadConfig(ServiceEnv, { EVENTS_STREAM_REPLICAS: '3' }).EVENTS_STREAM_REPLICAS).toBe(3);
  });

  it.each(['0', '6', '2.5', 'three'])('rejects %s', (value) => {
    expect(() => loadConfig(ServiceEnv, { EVENTS_STREAM_REPLICAS: value })).toThrow(ConfigValidationError);
    expect(() => loadConfig(ServiceEnv, { EVENTS_STREAM_REPLICAS: value })).toThrow(`EVENTS_STREAM_REPLICAS="${value}"`);
  });
});
