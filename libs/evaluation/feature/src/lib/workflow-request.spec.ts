import type { TransitionRequest } from '@bma-kpi/contracts-evaluation';
import type { WorkflowTransitionRecord } from '@bma-kpi/evaluation-domain';
import type { DomainException } from '@bma-kpi/errors';

import { toTransitionColumns } from './evaluation.mapper';
import { checkDefinition } from './model-definition.check';
import { workflowRequestOf } from './workflow-request';

const meta = { actor: 'user-1', correlationId: 'spec' };
const now = new Date('2021-01-20T03:00:00.000Z');

function request(overrides: Partial<TransitionRequest>): TransitionRequest {
  return {
    fiscalYear: 2564,
    quarter: 1,
    indicatorId: '5a0e4a3e-6d0c-4b47-9a57-0f1f7d8f2c11',
    action: 'submit',
    role: 'agency',
    ...overrides,
  };
}

function record(overrides: Partial<WorkflowTransitionRecord>): WorkflowTransitionRecord {
  return {
    from: 'scored',
    to: 'appealed',
    action: 'appeal',
    actor: { role: 'agency', userId: 'user-1', agencyCode: '0411' },
    reason: 'ข้อมูลเดือนธันวาคมครบแล้ว',
    partComments: [],
    valueKey: null,
    at: now.toISOString(),
    ...overrides,
  };
}

describe('workflowRequestOf', () => {
  it('makes an agency actor from the header', () => {
    const result = workflowRequestOf(request({ agencyCode: '0411' }), meta, now);

    expect(result.actor).toEqual({ role: 'agency', userId: 'user-1', agencyCode: '0411' });
    expect(result.at).toBe('2021-01-20T03:00:00.000Z');
  });

  it('maps a correction request reason to its message', () => {
    const result = workflowRequestOf(request({ action: 'requestCorrection', role: 'evaluator', valueKey: 'actual', reason: 'โปรดแก้ไข' }), meta, now);

    expect(result.actor).toEqual({ role: 'evaluator', userId: 'user-1' });
    expect(result.payload).toEqual({ valueKey: 'actual', message: 'โปรดแก้ไข' });
  });

  it('passes an empty comment list to score', () => {
    expect(workflowRequestOf(request({ action: 'score', role: 'evaluator' }), meta, now).payload).toEqual({ partComments: [] });
  });
});

describe('toTransitionColumns', () => {
  it('stores an appeal reason as reason', () => {
    expect(toTransitionColumns(record({}))).toMatchObject({ reason: 'ข้อมูลเดือนธันวาคมครบแล้ว', comment: null, role: 'agency' });
  });

  it('stores a sign-off text as comment', () => {
    const columns = toTransitionColumns(record({ action: 'signOff', to: 'signedOff', reason: 'รับรองผล' }));

    expect(columns).toMatchObject({ reason: null, comment: 'รับรองผล' });
  });

  it('stores part comments by key', () => {
    const columns = toTransitionColumns(record({ action: 'score', reason: null, partComments: [{ partKey: 'overall', comment: 'ดี' }] }));

    expect(columns.partComments).toEqual({ overall: 'ดี' });
  });
});

describe('checkDefinition', () => {
  const failure = (model: Record<string, unknown>) => {
    try {
      checkDefinition(model);

      return null;
    } catch (error) {
      return error as DomainException;
    }
  };

  it('accepts an achievement model', () => {
    expect(failure({ model: 'achievement', modelVersion: 1, direction: 'decrease' })).toBeNull();
  });

  it.each([
    ['unknown model', { model: 'ranking', modelVersion: 1 }],
    ['wrong direction', { model: 'achievement', modelVersion: 1, direction: 'up' }],
    ['three levels', { model: 'milestone', modelVersion: 1, levels: [1, 2, 3].map((level) => ({ level, descriptionTh: 'ขั้น' })) }],
    ['levels not a list', { model: 'milestone', modelVersion: 1, levels: 5 }],
  ])('rejects %s', (_case, model) => {
    const error = failure(model);

    expect(error?.code).toBe('EVALUATION_INVALID_MODEL');
    expect(error?.messageTh).not.toBe('');
    expect(error?.extra.errors?.[0]?.field).toMatch(/^model/);
  });

  it.each([
    ['an unknown top-level key', { model: 'achievement', modelVersion: 1, direction: 'increase', foo: { bar: 1 } }, 'model.foo'],
    ['an unknown key in a level', { model: 'milestone', modelVersion: 1, levels: [{ level: 1, descriptionTh: 'ขั้น', colour: 'red' }] }, 'model.levels.0.colour'],
    [
      'an unknown key in a part definition',
      { model: 'weighted', modelVersion: 1, parts: [{ key: 'a', nameTh: 'ก', weight: 100, definition: { model: 'achievement', modelVersion: 1, direction: 'increase', x: 1 } }] },
      'model.parts.0.definition.x',
    ],
    ['a missing modelVersion', { model: 'achievement', direction: 'increase' }, 'model.modelVersion'],
    ['an unknown model kind', { model: 'part', modelVersion: 1 }, 'model.model'],
  ])('names %s', (_case, model, field) => {
    expect(failure(model)?.extra.errors?.[0]?.field).toBe(field);
  });
});
