// Seed data of the overview benchmarks: the sample KPI with the evaluation rounds of every
// quarter of its fiscal year open, as a past fiscal year has.
import { readKpiSample } from '@bma-kpi/testing';

import { adminFetch } from '../apps/gateway-e2e/src/support/auth';

/** Imports the sample KPI through the gateway, opens the four rounds of 2564 and returns the indicator id. */
export async function seedOverviewIndicator(baseUrl: string): Promise<string> {
  const imported = await adminFetch(`${baseUrl}/api/v1/imports/kpi-records?agency=0411`, {
    method: 'POST',
    body: readKpiSample(),
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
  const { indicatorId } = (await imported.json()) as { indicatorId: string };

  for (const quarter of [1, 2, 3, 4]) {
    await adminFetch(`${baseUrl}/api/v1/evaluations/rounds`, {
      method: 'POST',
      body: JSON.stringify({ fiscalYear: 2564, quarter }),
      headers: { 'content-type': 'application/json' },
    });
  }

  return indicatorId;
}
