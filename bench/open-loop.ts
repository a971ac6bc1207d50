// Open-loop load at a constant arrival rate, the measurement the latency goal needs. autocannon's
// rate option lets each connection send its share of a second's requests at once and then wait
// for the next second. A fixed rate then arrives as one burst per second, and the last request of
// a burst waits for the whole burst. Here request i is sent at start + i/rate whatever the earlier
// ones are doing, and its latency counts from that planned instant. A server or client that falls
// behind therefore shows up in the latencies instead of lowering the rate.
import http from 'node:http';

/** Figures of one open-loop step. Latencies are in milliseconds from each request's planned send time. */
export interface OpenLoopResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  max: number;
  failed: number;
}

function get(url: URL, agent: http.Agent, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent, headers }, (response) => {
      response.resume();
      response.once('end', () => resolve(response.statusCode ?? 0));
      response.once('error', reject);
    });

    request.once('error', reject);
  });
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
}

/** Sends GET `url` at `rate` requests per second for `seconds` and waits for every response. */
export async function openLoop(url: string, rate: number, seconds: number, headers: Record<string, string> = {}): Promise<OpenLoopResult> {
  // Enough sockets that a slow server does not make the client queue. A free socket is reused.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const target = new URL(url);
  const total = Math.round(rate * seconds);
  const latencies: number[] = [];
  const inFlight: Promise<void>[] = [];
  let failed = 0;
  const start = performance.now();

  for (let index = 0; index < total; index += 1) {
    const planned = start + (index * 1000) / rate;
    const wait = planned - performance.now();

    if (wait >= 1) {
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
    inFlight.push(
      get(target, agent, headers).then(
        (status) => {
          latencies.push(performance.now() - planned);
          failed += status === 200 ? 0 : 1;
        },
        () => {
          failed += 1;
        },
      ),
    );
  }
  await Promise.all(inFlight);
  const elapsedSeconds = (performance.now() - start) / 1000;

  agent.destroy();
  latencies.sort((left, right) => left - right);

  return {
    requestsPerSecond: (total - failed) / elapsedSeconds,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    max: latencies.at(-1) ?? Number.NaN,
    failed,
  };
}
