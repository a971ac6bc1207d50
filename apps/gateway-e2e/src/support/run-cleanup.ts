import { jetstreamManager } from '@nats-io/jetstream';
import { Objm } from '@nats-io/obj';
import type { NatsConnection } from '@nats-io/transport-node';
import { Client } from 'pg';

/** Resources that a distributed test run creates on the shared servers: its JetStream stream, object bucket and schemas. */
export interface RunResources {
  nats: NatsConnection;
  streamName: string;
  objectBucket: string;
  postgresUrl: string;
  schemas: string[];
}

/** Removes a run's stream, bucket and schemas, and drains its NATS connection. Missing ones are skipped. */
export async function removeRunResources(run: RunResources): Promise<void> {
  await (await jetstreamManager(run.nats)).streams.delete(run.streamName).catch(() => false);
  await (await new Objm(run.nats).open(run.objectBucket)).destroy().catch(() => false);
  await run.nats.drain();
  const client = new Client({ connectionString: run.postgresUrl });

  await client.connect();
  for (const schema of run.schemas) {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  }
  await client.end();
}
