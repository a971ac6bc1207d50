// Health probe of a service that listens only on NATS, for container health checks and Kubernetes
// probes: sends `<NATS_SUBJECT_PREFIX><service>.health.check.v1` and exits 0 when a replica
// replies with status "ok", 1 otherwise. Run it with the service's own environment, e.g.
//   node tools/nats-health.mjs indicators
// NATS_SERVERS (comma-separated) and NATS_SUBJECT_PREFIX are read as the services read them.
// NATS_HEALTH_TIMEOUT_MS (default 3000) bounds the wait for the reply, in milliseconds.
import { connect } from '@nats-io/transport-node';

const services = ['indicators', 'catalog', 'evaluation', 'notification'];
const [service] = process.argv.slice(2);

function fail(thai, english) {
  process.stderr.write(`${thai} / ${english}\n`);
  process.exit(1);
}

if (!services.includes(service)) {
  fail(`ไม่รู้จักบริการ "${service ?? ''}"`, `unknown service "${service ?? ''}"; expected one of ${services.join(', ')}`);
}
const servers = (process.env.NATS_SERVERS ?? 'nats://127.0.0.1:4222')
  .split(',')
  .map((server) => server.trim())
  .filter((server) => server !== '');
const timeout = Number(process.env.NATS_HEALTH_TIMEOUT_MS ?? '3000');
const subject = `${process.env.NATS_SUBJECT_PREFIX ?? ''}${service}.health.check.v1`;

let connection;
try {
  connection = await connect({ servers, name: `${service}-health-probe`, timeout });
} catch (error) {
  fail(`เชื่อมต่อ NATS ไม่ได้`, `failed to connect to NATS at ${servers.join(',')}: ${error.message}`);
}

try {
  // A NestJS NATS server reads { pattern, data, id } and replies { response } or { err }.
  const request = JSON.stringify({ pattern: subject, data: {}, id: `health-${process.pid}` });
  const reply = (await connection.request(subject, request, { timeout })).json();

  if (reply.err !== undefined && reply.err !== null) {
    fail(`บริการ ${service} ตอบว่าไม่พร้อม`, `${subject} returned an error: ${JSON.stringify(reply.err)}`);
  }
  if (reply.response?.status !== 'ok') {
    fail(`บริการ ${service} ตอบว่าไม่พร้อม`, `${subject} returned ${JSON.stringify(reply.response)} instead of status "ok"`);
  }
} catch (error) {
  fail(`บริการ ${service} ไม่ตอบ`, `no reply on ${subject} within ${timeout} ms: ${error.message}`);
} finally {
  await connection.close();
}
