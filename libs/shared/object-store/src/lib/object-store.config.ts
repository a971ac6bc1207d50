import { IsIn, IsString, Matches } from 'class-validator';

import { FilesystemObjectStore } from './filesystem-object-store';
import { JetStreamObjectStore } from './jetstream-object-store';
import type { ObjectStore } from './object-store';

export const objectStoreKinds = ['jetstream', 'filesystem'] as const;

export type ObjectStoreKind = (typeof objectStoreKinds)[number];

/** Location of an app's files: a folder, or a JetStream Object Store bucket on the given NATS servers. */
export type ObjectStoreConfig =
  | { kind: 'filesystem'; root: string }
  | { kind: 'jetstream'; servers: string[]; bucket: string; connectionName?: string };

/** Opens the object store a config names. */
export function openObjectStore(config: ObjectStoreConfig): Promise<ObjectStore> {
  return config.kind === 'filesystem'
    ? FilesystemObjectStore.open(config.root)
    : JetStreamObjectStore.connect({ servers: config.servers, bucket: config.bucket, connectionName: config.connectionName });
}

type EnvClass<T> = new () => T;

/** Adds the object store variables of the distributed mode to another environment class. */
export function withObjectStoreEnv<T extends object>(Base: EnvClass<T>) {
  class ObjectStoreEnv extends (Base as EnvClass<object>) {
    /** `jetstream` (a bucket on NATS_SERVERS) or `filesystem` (OBJECT_STORE_DIR, shared by every process). */
    @IsIn(objectStoreKinds)
    OBJECT_STORE: ObjectStoreKind = 'jetstream';

    /** JetStream Object Store bucket of the files; the gateway and the catalog service must use the same one. */
    @Matches(/^[A-Za-z0-9_-]{1,64}$/, { message: '$property must be 1 to 64 letters, digits, - or _' })
    OBJECT_STORE_BUCKET = 'bma-kpi-files';

    /** Folder of the files when OBJECT_STORE is `filesystem`. */
    @IsString()
    OBJECT_STORE_DIR = '.data/objects';
  }

  return ObjectStoreEnv as EnvClass<T & ObjectStoreEnv>;
}

/** Builds the object store config that the variables of withObjectStoreEnv describe. */
export function objectStoreConfigOf(
  env: { OBJECT_STORE: ObjectStoreKind; OBJECT_STORE_BUCKET: string; OBJECT_STORE_DIR: string },
  natsServers: string[],
  connectionName: string,
): ObjectStoreConfig {
  return env.OBJECT_STORE === 'filesystem'
    ? { kind: 'filesystem', root: env.OBJECT_STORE_DIR }
    : { kind: 'jetstream', servers: natsServers, bucket: env.OBJECT_STORE_BUCKET, connectionName };
}
