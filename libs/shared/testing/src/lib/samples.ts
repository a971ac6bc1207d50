import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Root of the Nx workspace; test files live at different depths below it. */
export const workspaceRoot = path.resolve(__dirname, '../../../../..');

/**
 * The real KPI record exported from BMA Digital Plans. It sits in the read-only `shared` folder
 * beside the checkout, which tests may read and the running system never does.
 */
export const kpiSamplePath = path.resolve(workspaceRoot, '../shared/samples/bma-kpi-0411-fy2564.txt');

export function readKpiSample(): string {
  return readFileSync(kpiSamplePath, 'utf8');
}

/** Every dated progress note of the sample: ISO date, fiscal quarter and the date as printed. */
export const kpiSampleProgress = [
  ['2020-10-28', 1, '28/10/2563'],
  ['2020-11-30', 1, '30/11/2563'],
  ['2020-12-31', 1, '31/12/2563'],
  ['2021-01-31', 2, '1/31/2021'],
  ['2021-02-27', 2, '2/27/2021'],
  ['2021-03-31', 2, '31/03/2564'],
  ['2021-04-29', 3, '29/04/2564'],
  ['2021-05-30', 3, '30/5/2564'],
  ['2021-06-30', 3, '6/30/2021'],
  ['2021-07-30', 4, '30/07/2564'],
  ['2021-08-30', 4, '30/08/2564'],
  ['2021-09-30', 4, '30/09/2564'],
] as const;

/** Plan path codes the sample prints: ด้าน 5 › มิติ 5.4 › เป้าหมาย 5.4.1 › plan indicator 5.4.1.1. */
export const kpiSamplePlanCodes = ['5', '5.4', '5.4.1', '5.4.1.1'];
