// Baseline of the indicator overview benchmark: one plain Node HTTP process that responds to
// GET /overview/<id> with the same data as the gateway's overview (indicator, quarter targets,
// progress, evaluations per quarter, linked datasets), read straight from the services' PostgreSQL
// schemas with five concurrent queries. No framework, validation, NATS or per-call timeouts.
import { createServer } from 'node:http';

import { Pool } from 'pg';

const port = Number(process.env['PORT'] ?? 0);
const schemas = {
  indicators: process.env['INDICATORS_SCHEMA'] ?? '',
  evaluation: process.env['EVALUATION_SCHEMA'] ?? '',
  catalog: process.env['CATALOG_SCHEMA'] ?? '',
};
// The same pool size as the Prisma pg adapter's default, so neither side gets more connections.
const pool = new Pool({ connectionString: process.env['DATABASE_URL'], max: 10 });

async function overview(id: string): Promise<Record<string, unknown> | null> {
  const { indicators, evaluation, catalog } = schemas;
  const [indicator, targets, progress, evaluations, datasets] = await Promise.all([
    pool.query(
      `SELECT i.*, a.code AS "agencyCode", a."nameTh" AS "agencyNameTh" FROM "${indicators}"."Indicator" i
       LEFT JOIN "${indicators}"."Agency" a ON a.id = i."agencyId" WHERE i.id = $1`,
      [id],
    ),
    pool.query(`SELECT quarter, "plannedValue", "assessmentScore", "pairRaw" FROM "${indicators}"."QuarterTarget" WHERE "indicatorId" = $1 ORDER BY quarter`, [id]),
    pool.query(`SELECT * FROM "${indicators}"."ProgressReport" WHERE "indicatorId" = $1 ORDER BY "reportDate", "createdAt"`, [id]),
    pool.query(
      `SELECT r."fiscalYear", r.quarter, r.status, e.state, e.score, e.flags, e.version FROM "${evaluation}"."EvaluationRound" r
       LEFT JOIN "${evaluation}"."Evaluation" e ON e."roundId" = r.id AND e."indicatorId" = $1
       WHERE r."fiscalYear" = (SELECT "fiscalYear" FROM "${indicators}"."Indicator" WHERE id = $1) ORDER BY r.quarter`,
      [id],
    ),
    pool.query(
      `SELECT l.*, d.slug, d."titleTh", d."agencyCode", d."dataCategory", d.classification FROM "${catalog}"."DatasetIndicatorLink" l JOIN "${catalog}"."Dataset" d ON d.id = l."datasetId" WHERE l."indicatorId" = $1`,
      [id],
    ),
  ]);

  if (indicator.rows.length === 0) {
    return null;
  }

  return { definition: indicator.rows[0], targets: targets.rows, progress: progress.rows, evaluations: evaluations.rows, datasets: datasets.rows };
}

const server = createServer((request, response) => {
  const id = /^\/overview\/([0-9a-f-]{36})$/u.exec(request.url ?? '')?.[1];

  if (!id) {
    response.writeHead(404).end();

    return;
  }
  overview(id).then(
    (body) => {
      response.writeHead(body ? 200 : 404, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    },
    (error: unknown) => {
      process.stderr.write(`Baseline query failed: ${String(error)}\n`);
      response.writeHead(500).end();
    },
  );
});

server.listen(port, '127.0.0.1', () => process.stdout.write(`baseline listening on ${port}\n`));
process.once('SIGTERM', () => server.close(() => void pool.end()));
