// The part of autocannon 9 that the benchmarks use. @types/autocannon is not installed, and
// autocannon ships no types of its own.
declare module 'autocannon' {
  interface Options {
    url: string;
    connections?: number;
    /** Seconds. */
    duration?: number;
    /** Requests per second across all connections. */
    overallRate?: number;
    headers?: Record<string, string>;
  }

  /** Percentiles in milliseconds, at 1 ms resolution. */
  interface Histogram {
    average: number;
    p50: number;
    p99: number;
  }

  interface Result {
    requests: Histogram;
    latency: Histogram;
    non2xx: number;
    errors: number;
    timeouts: number;
  }

  function autocannon(options: Options): Promise<Result>;

  export default autocannon;
}
