import Decimal from 'decimal.js';

import type { FreshnessResult } from '../update-freshness.util';
import type { QualityCounts, QualityDimension, QualityScores } from './quality.types';

const ScoreDecimal = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

// Share of good items in percent, or null when nothing was checked.
function share(good: number, total: number): Decimal | null {
  return total === 0 ? null : new ScoreDecimal(good).times(100).dividedBy(total);
}

function format(score: Decimal | null): string | null {
  return score === null ? null : score.toFixed(2, Decimal.ROUND_HALF_UP);
}

/**
 * Computes the scores, each 0–100 with two decimals rounded half up:
 * - completeness = filled required cells / required cells (primary-key fields count as required;
 *   a required column missing from the header leaves every one of its cells blank);
 * - validity = valid cells / non-blank cells of dictionary columns;
 * - uniqueness = rows whose key is new / rows with a complete primary key;
 * - encoding = cells without an encoding problem / non-blank cells;
 * - timeliness = 100 when the data is current, 0 when it is stale;
 * - overall = the mean of the assessed dimensions.
 * A dimension with nothing to check (no required field, no primary key, no declared update
 * frequency) is null and left out of the mean.
 */
export function qualityScores(counts: QualityCounts, hasPrimaryKey: boolean, freshness: FreshnessResult | null): QualityScores {
  const dimensions: Record<QualityDimension, Decimal | null> = {
    completeness: share(counts.requiredCells - counts.blankRequiredCells, counts.requiredCells),
    validity: share(counts.checkedCells - counts.invalidCells, counts.checkedCells),
    uniqueness: hasPrimaryKey ? share(counts.keyedRows - counts.duplicateKeyRows, counts.keyedRows) : null,
    encoding: share(counts.textCells - counts.badlyEncodedCells, counts.textCells),
    timeliness: freshness === null || freshness.status === 'notAssessed' ? null : new ScoreDecimal(freshness.status === 'current' ? 100 : 0),
  };
  const assessed = Object.values(dimensions).filter((score): score is Decimal => score !== null);
  const overall = assessed.length === 0 ? null : assessed.reduce((sum, score) => sum.plus(score), new ScoreDecimal(0)).dividedBy(assessed.length);

  return {
    completeness: format(dimensions.completeness),
    validity: format(dimensions.validity),
    uniqueness: format(dimensions.uniqueness),
    encoding: format(dimensions.encoding),
    timeliness: format(dimensions.timeliness),
    overall: format(overall),
  };
}
