import { randomUUID } from 'node:crypto';

import type { TransitionInput } from '../lib/repositories/evaluation.types';
import type { AssignModelInput } from '../lib/repositories/model-assignment.types';
import type { CreateRoundInput } from '../lib/repositories/round.types';

/** Returns the round of fiscal year 2564, quarter 1, with the given fields replaced. */
export function buildRoundInput(overrides: Partial<CreateRoundInput> = {}): CreateRoundInput {
  return {
    fiscalYear: 2564,
    quarter: 1,
    entryDeadline: '2021-01-10T23:59:59+07:00',
    reviewUntil: '2021-01-31T23:59:59+07:00',
    ...overrides,
  };
}

/**
 * Returns an achievement-percentage model (higher is better, target 100 %) for a new indicator of
 * fiscal year 2564, with the given fields replaced.
 */
export function buildAssignModelInput(overrides: Partial<AssignModelInput> = {}): AssignModelInput {
  return {
    indicatorId: randomUUID(),
    fiscalYear: 2564,
    model: { kind: 'achievementPercentage', direction: 'higherIsBetter', target: '100' },
    modelVersion: 1,
    ...overrides,
  };
}

/** Returns an evaluator's scoring step from version 1, with the given fields replaced. */
export function buildTransitionInput(overrides: Partial<TransitionInput> = {}): TransitionInput {
  return {
    expectedVersion: 1,
    action: 'score',
    toState: 'scored',
    role: 'evaluator',
    comment: 'ผลการดำเนินงานต่ำกว่าเป้าหมาย',
    partComments: { part1: 'ร้อยละ 70 ของเป้าหมาย' },
    score: { achievement: '70', level: 3 },
    flags: [{ code: 'narrativeClaimsTargetMet' }],
    ...overrides,
  };
}
