import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { KpiParseResult, ParsedKpiRecord } from '../lib/kpi-record';

// From src/testing up to the workspace root. shared/ lies beside the workspace, also in CI.
const workspaceRoot = path.join(__dirname, '../../../../..');

/** Reads the real KPI export of the Public Relations Office for FY2564. */
export function readKpiSample(): string {
  return readFileSync(
    path.join(workspaceRoot, '../shared/samples/bma-kpi-0411-fy2564.txt'),
    'utf8',
  );
}

/** Reads a fixture file of this folder's `fixtures/`. */
export function readKpiFixture(name: string): string {
  return readFileSync(path.join(__dirname, 'fixtures', name), 'utf8');
}

/** Returns the record of a successful parse, or fails the test with the parser's errors. */
export function expectRecord(result: KpiParseResult): ParsedKpiRecord {
  if (!result.ok) {
    throw new Error(`Expected a record, got errors: ${JSON.stringify(result.errors)}`);
  }

  return result.record;
}

/** Builds a minimal headerless record: a target and a KPI type line, then the given lines. */
export function minimalRecord(...lines: string[]): string {
  return ['ค่าเป้าหมาย ร้อยละ : 100', 'ประเภทตัวชี้วัด : ตัวชี้วัดงานประจำ', ...lines].join('\n');
}
