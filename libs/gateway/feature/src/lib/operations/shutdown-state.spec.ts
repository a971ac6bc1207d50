import { ShutdownState } from './shutdown-state';

describe('ShutdownState', () => {
  it('is idle at once without requests', async () => {
    await expect(new ShutdownState().waitForIdle(10_000)).resolves.toBe(true);
  });

  it('waits for the last request to finish', async () => {
    const state = new ShutdownState();

    state.started();
    state.started();
    const idle = state.waitForIdle(10_000);

    state.finished();
    expect(state.requestsInFlight).toBe(1);
    state.finished();

    await expect(idle).resolves.toBe(true);
  });

  it('gives up after the grace period', async () => {
    const state = new ShutdownState();

    state.started();

    await expect(state.waitForIdle(10)).resolves.toBe(false);
    expect(state.requestsInFlight).toBe(1);
  });
});
