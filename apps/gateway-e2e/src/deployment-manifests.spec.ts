import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { load, loadAll, YAML11_SCHEMA } from 'js-yaml';

import { workspaceRoot } from './support/processes';

/** The parts of a compose service or Kubernetes object that these checks read. */
type Node = Record<string, any>;

/** Connections kept free for migrations run by hand, psql sessions and backups. */
const adminHeadroom = 10;
/** PostgreSQL's default superuser_reserved_connections, which ordinary roles cannot use. */
const superuserReserved = 3;
const databaseServices = ['indicators', 'catalog', 'evaluation', 'notification'];
/** Apps with a database pool: [compose service or Deployment name, prefix of its DATABASE_URL variable]. */
const databaseApps = [...databaseServices.map((service) => [`${service}-service`, service]), ['gateway', 'gateway']] as const;
const statelessServices = [...databaseServices.map((service) => `${service}-service`), 'gateway'];
const kubernetesDir = path.join(workspaceRoot, 'deploy/kubernetes');

/**
 * Returns docker-compose.yml as `docker compose config` renders it, or parsed with js-yaml (merge
 * keys resolved) where the docker compose client is missing.
 */
function composeModel(): Node {
  const rendered = spawnSync('docker', ['compose', '-f', 'docker-compose.yml', 'config', '--format', 'json'], {
    cwd: workspaceRoot,
    encoding: 'utf8',
  });

  if (rendered.status === 0) {
    return JSON.parse(rendered.stdout) as Node;
  }

  return load(fs.readFileSync(path.join(workspaceRoot, 'docker-compose.yml'), 'utf8'), { schema: YAML11_SCHEMA }) as Node;
}

function connectionLimitOf(url: string): number {
  const limit = new URL(url.replace(/^\$\(DATABASE_URL\)/u, 'postgresql://placeholder/db')).searchParams.get('connection_limit');

  return Number(limit ?? '10');
}

function kubernetesObjects(folder: string): Node[] {
  return fs
    .readdirSync(folder)
    .filter((file) => file.endsWith('.yaml'))
    .flatMap((file) => loadAll(fs.readFileSync(path.join(folder, file), 'utf8')) as Node[])
    .filter((object) => object !== null && object !== undefined);
}

function find(objects: Node[], kind: string, name: string): Node {
  const found = objects.find((object) => object['kind'] === kind && object['metadata']?.name === name);

  if (!found) {
    throw new Error(`${kind} ${name} is missing from deploy/kubernetes`);
  }

  return found;
}

function envOf(container: Node, config: Node): Record<string, string> {
  const fromConfigMap = container['envFrom']?.some((source: Node) => source['configMapRef']?.name === 'bma-kpi-config') ? config['data'] : {};
  const direct = Object.fromEntries((container['env'] ?? []).filter((item: Node) => 'value' in item).map((item: Node) => [item['name'], item['value']]));

  return { ...fromConfigMap, ...direct };
}

describe('docker-compose.yml', () => {
  const compose = composeModel();
  const services: Record<string, Node> = compose['services'];

  it('runs NATS with JetStream on a volume', () => {
    expect(services['nats']?.['command']).toEqual(expect.arrayContaining(['-js', '-sd', '/data']));
    expect(JSON.stringify(services['nats']?.['volumes'])).toContain('nats-data');
    expect(Object.keys(compose['volumes'])).toEqual(expect.arrayContaining(['nats-data', 'postgres-data']));
  });

  it.each(statelessServices)('runs two replicas of %s', (name) => {
    expect(services[name]?.['deploy']?.replicas).toBe(2);
  });

  it.each(Object.keys(services))('checks the health of %s', (name) => {
    expect(services[name]?.['healthcheck']?.test?.length).toBeGreaterThan(1);
  });

  it.each(databaseServices)('probes %s over NATS', (service) => {
    expect(services[`${service}-service`]?.['healthcheck']?.test).toEqual(['CMD', 'node', 'tools/nats-health.mjs', service]);
  });

  it('publishes port 3000 through the proxy only', () => {
    const published = Object.entries(services).filter(([, service]) => (service['ports'] ?? []).length > 0).map(([name]) => name);

    expect(published).toEqual(['proxy']);
    expect(services['proxy']?.['depends_on']?.gateway?.condition).toBe('service_healthy');
  });

  it('keeps every pool below max_connections', () => {
    const maxConnections = Number(/max_connections=(\d+)/u.exec(services['postgres']?.['command'].join(' '))?.[1]);
    const pools = databaseApps.map(([name, service]) => {
      const app = services[name] ?? {};
      const url: string = app['environment'][`${service.toUpperCase()}_DATABASE_URL`];

      return app['deploy'].replicas * connectionLimitOf(url);
    });
    const total = pools.reduce((sum, pool) => sum + pool, 0);

    expect(pools).toEqual([10, 10, 10, 10, 10]);
    expect(total + adminHeadroom + superuserReserved).toBeLessThan(maxConnections);
  });

  it('uses one events stream replica on one NATS server', () => {
    for (const name of databaseServices.map((service) => `${service}-service`)) {
      expect(services[name]?.['environment'].EVENTS_STREAM_REPLICAS).toBe('1');
    }
  });
});

describe('deploy/kubernetes', () => {
  const objects = kubernetesObjects(kubernetesDir);
  const trial = kubernetesObjects(path.join(kubernetesDir, 'trial'));
  const config = find(objects, 'ConfigMap', 'bma-kpi-config');
  const nats = find(objects, 'StatefulSet', 'nats');
  const natsConf: string = find(objects, 'ConfigMap', 'nats-config')['data']['nats.conf'];
  const deployments = objects.filter((object) => object['kind'] === 'Deployment');

  it('lists every manifest in the kustomization', () => {
    const kustomization = load(fs.readFileSync(path.join(kubernetesDir, 'kustomization.yaml'), 'utf8')) as Node;
    const files = fs.readdirSync(kubernetesDir).filter((file) => file.endsWith('.yaml') && file !== 'kustomization.yaml' && file !== 'ingress.yaml');

    expect([...kustomization['resources']].sort()).toEqual(files.sort());
  });

  it('clusters three NATS servers with JetStream', () => {
    const routes = [0, 1, 2].map((index) => `nats-route://nats-${index}.nats-headless:6222`);

    expect(nats['spec'].replicas).toBe(3);
    expect(nats['spec'].serviceName).toBe('nats-headless');
    expect(find(objects, 'Service', 'nats-headless')['spec'].clusterIP).toBe('None');
    expect(nats['spec'].volumeClaimTemplates[0].spec.resources.requests.storage).toBeDefined();
    expect(natsConf).toMatch(/jetstream \{\s+store_dir: \/data/u);
    for (const route of routes) {
      expect(natsConf).toContain(route);
    }
  });

  it('keeps three replicas of the events stream', () => {
    expect(config['data'].EVENTS_STREAM_REPLICAS).toBe('3');
    for (const deployment of deployments) {
      expect(envOf(deployment['spec'].template.spec.containers[0], config)['EVENTS_STREAM_REPLICAS']).toBe('3');
    }
  });

  it.each(statelessServices)('runs two probed replicas of %s', (name) => {
    const deployment = find(objects, 'Deployment', name);
    const container = deployment['spec'].template.spec.containers[0];

    expect(deployment['spec'].replicas).toBe(2);
    expect(container.image).toBe('bma-kpi');
    expect(container.livenessProbe).toBeDefined();
    expect(container.readinessProbe).toBeDefined();
    expect(container.resources.requests).toBeDefined();
    expect(find(objects, 'PodDisruptionBudget', name)['spec'].minAvailable).toBe(1);
  });

  it('commits no secret values', () => {
    expect(objects.filter((object) => object['kind'] === 'Secret')).toEqual([]);
    expect(JSON.stringify(objects)).not.toMatch(/postgres(ql)?:\/\/[^"$]*:[^"@]*@/u);
  });

  // A rolling update adds maxSurge pods per Deployment before it removes old ones, so those
  // pods' pools count too.
  it('keeps every pool below max_connections during a rollout', () => {
    const postgres = find(trial, 'StatefulSet', 'postgres');
    const maxConnections = Number(/max_connections=(\d+)/u.exec(postgres['spec'].template.spec.containers[0].args.join(' '))?.[1]);
    const pools = databaseApps.map(([name, service]) => {
      const deployment = find(objects, 'Deployment', name);
      const url = envOf(deployment['spec'].template.spec.containers[0], config)[`${service.toUpperCase()}_DATABASE_URL`] ?? '';

      return (deployment['spec'].replicas + deployment['spec'].strategy.rollingUpdate.maxSurge) * connectionLimitOf(url);
    });
    const total = pools.reduce((sum, pool) => sum + pool, 0);

    expect(pools).toEqual([15, 15, 15, 15, 15]);
    expect(total + adminHeadroom + superuserReserved).toBeLessThan(maxConnections);
  });
});
