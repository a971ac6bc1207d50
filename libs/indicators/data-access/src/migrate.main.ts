// Applies the indicators migrations and seeds reference data, then exits:
//   INDICATORS_DATABASE_URL='postgresql://postgres@127.0.0.1:5432/bma?schema=indicators' \
//     npx nx run indicators-data-access:migrate-deploy
// The service does the same at every start; this target is for deployments that migrate first.
import { IndicatorsDatabase } from './lib/indicators-database';

async function main(): Promise<number> {
  const url = process.env['INDICATORS_DATABASE_URL'];

  if (url === undefined || url === '') {
    process.stderr.write('INDICATORS_DATABASE_URL is not set; expected postgresql://…, pglite:memory or pglite:<folder>.\n');

    return 2;
  }
  const db = await IndicatorsDatabase.open(url);

  try {
    const { applied, alreadyApplied } = db.migrations;

    process.stdout.write(
      `Applied ${applied.length} migration(s)${applied.length > 0 ? `: ${applied.join(', ')}` : ''}; ` +
        `${alreadyApplied.length} already applied. Seed: ${db.seed?.created ?? 0} row(s) created, ` +
        `${db.seed?.updated ?? 0} updated.\n`,
    );
  } finally {
    await db.close();
  }

  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`Migration failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
