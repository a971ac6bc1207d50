/** One sample of a Prometheus text exposition: metric name, labels and value. */
export interface PrometheusSample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

const sampleLine = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)(?:\s+\d+)?$/u;
const labelPair = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/gu;

/**
 * Parses the Prometheus text format 0.0.4 and throws on a line that is neither a comment nor a
 * sample, so a malformed exposition fails the test that reads it.
 */
export function parseExposition(text: string): PrometheusSample[] {
  const samples: PrometheusSample[] = [];

  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) {
      continue;
    }
    const match = sampleLine.exec(line);

    if (!match) {
      throw new Error(`Not a Prometheus sample line: ${line}`);
    }
    const labels = Object.fromEntries([...(match[2] ?? '').matchAll(labelPair)].map((pair) => [pair[1] ?? '', pair[2] ?? '']));
    const value = Number(match[3]?.replace('+Inf', 'Infinity'));

    // prom-client 15 writes an empty event-loop histogram's mean as `Nan`; Prometheus parses NaN in any case.
    if (Number.isNaN(value) && match[3]?.toLowerCase() !== 'nan') {
      throw new Error(`Sample value is not a number: ${line}`);
    }
    samples.push({ name: match[1] ?? '', labels, value });
  }

  return samples;
}

/** Returns the value of the sample with this name whose labels include `labels`, or undefined. */
export function sampleValue(samples: PrometheusSample[], name: string, labels: Record<string, string> = {}): number | undefined {
  return samples.find((sample) => sample.name === name && Object.entries(labels).every(([key, value]) => sample.labels[key] === value))?.value;
}
