import { expectStatus } from '../testing/expect-status';
import {
  allowedActions,
  editableValues,
  initialWorkflowState,
  transitionWorkflow,
} from './evaluation-workflow';
import type {
  EditableValues,
  WorkflowAction,
  WorkflowActor,
  WorkflowPayloads,
  WorkflowRequest,
  WorkflowRole,
  WorkflowState,
  WorkflowStatus,
} from './evaluation-workflow.types';

const AT = '2021-01-20T10:00:00+07:00';
const AGENCY: WorkflowActor = { role: 'agency', userId: 'agency-user-1', agencyCode: '0411' };
const EVALUATOR: WorkflowActor = { role: 'evaluator', userId: 'evaluator-1' };
const ACTORS: Record<WorkflowRole, WorkflowActor> = { agency: AGENCY, evaluator: EVALUATOR };

const STATUSES: WorkflowStatus[] = [
  'draft',
  'submitted',
  'scored',
  'correctionRequested',
  'corrected',
  'appealed',
  'signedOff',
];
const ACTIONS: WorkflowAction[] = [
  'submit',
  'score',
  'requestCorrection',
  'correct',
  'appeal',
  'signOff',
];
const ROLES: WorkflowRole[] = ['agency', 'evaluator'];

// Written out here instead of read from the source, so a change to the source table fails a test.
const ROLE_OF: Record<WorkflowAction, WorkflowRole> = {
  submit: 'agency',
  score: 'evaluator',
  requestCorrection: 'evaluator',
  correct: 'agency',
  appeal: 'agency',
  signOff: 'evaluator',
};

const F = 'FORBIDDEN_TRANSITION';

const NEXT_STATUS: Record<WorkflowStatus, Record<WorkflowAction, WorkflowStatus | typeof F>> = {
  draft: { submit: 'submitted', score: F, requestCorrection: F, correct: F, appeal: F, signOff: F },
  submitted: {
    submit: F,
    score: 'scored',
    requestCorrection: 'correctionRequested',
    correct: F,
    appeal: F,
    signOff: F,
  },
  scored: {
    submit: F,
    score: F,
    requestCorrection: 'correctionRequested',
    correct: F,
    appeal: 'appealed',
    signOff: 'signedOff',
  },
  correctionRequested: {
    submit: F,
    score: F,
    requestCorrection: F,
    correct: 'corrected',
    appeal: F,
    signOff: F,
  },
  corrected: {
    submit: F,
    score: 'scored',
    requestCorrection: 'correctionRequested',
    correct: F,
    appeal: F,
    signOff: F,
  },
  appealed: { submit: F, score: 'scored', requestCorrection: F, correct: F, appeal: F, signOff: F },
  signedOff: { submit: F, score: F, requestCorrection: F, correct: F, appeal: F, signOff: F },
};

const ALLOWED: Record<WorkflowStatus, Record<WorkflowRole, WorkflowAction[]>> = {
  draft: { agency: ['submit'], evaluator: [] },
  submitted: { agency: [], evaluator: ['score', 'requestCorrection'] },
  scored: { agency: ['appeal'], evaluator: ['requestCorrection', 'signOff'] },
  correctionRequested: { agency: ['correct'], evaluator: [] },
  corrected: { agency: [], evaluator: ['score', 'requestCorrection'] },
  appealed: { agency: [], evaluator: ['score'] },
  signedOff: { agency: [], evaluator: [] },
};

const VALID_PAYLOADS: WorkflowPayloads = {
  submit: {},
  score: {
    partComments: [
      { partKey: 'part1', comment: ' ฐานข้อมูลเดิมเป็นปัจจุบัน ' },
      { partKey: 'part2', comment: 'ยังไม่มีหลักฐานการใช้งาน' },
    ],
  },
  requestCorrection: { valueKey: 'actual', message: 'ผลงานร้อยละ 70 ไม่ตรงกับรายงานผล' },
  correct: { valueKey: 'actual', comment: 'แก้เป็นร้อยละ 100 ตามหลักฐาน' },
  appeal: { reason: 'ส่วนที่ 2 มีหลักฐานการใช้งานแนบไว้แล้ว' },
  signOff: { comment: 'รับรองผลไตรมาส 1' },
};

function stateIn(status: WorkflowStatus, overrides: Partial<WorkflowState> = {}): WorkflowState {
  return {
    status,
    agencyCode: '0411',
    partKeys: ['part1', 'part2'],
    appealCount: 0,
    reopenedValueKey: status === 'correctionRequested' ? 'actual' : null,
    ...overrides,
  };
}

function request<TAction extends WorkflowAction>(
  action: TAction,
  actor: WorkflowActor,
  payload: WorkflowPayloads[TAction] = VALID_PAYLOADS[action],
  at = AT,
): WorkflowRequest {
  return { action, actor, payload, at } as WorkflowRequest;
}

function rejectionCode(state: WorkflowState, workflowRequest: WorkflowRequest): string {
  return expectStatus(transitionWorkflow(state, workflowRequest), 'rejected').reason.code;
}

const MATRIX = STATUSES.flatMap((status) =>
  ACTIONS.flatMap((action) => ROLES.map((role) => ({ status, action, role }))),
);

describe('transitionWorkflow matrix', () => {
  it('covers every status, action and role', () => {
    expect(MATRIX).toHaveLength(7 * 6 * 2);
  });

  it.each(MATRIX)('$status + $action by $role', ({ status, action, role }) => {
    const result = transitionWorkflow(stateIn(status), request(action, ACTORS[role]));
    const expected = NEXT_STATUS[status][action];

    if (status === 'signedOff') {
      expect(expectStatus(result, 'rejected').reason.code).toBe('ALREADY_SIGNED_OFF');
    } else if (ROLE_OF[action] !== role) {
      expect(expectStatus(result, 'rejected').reason.code).toBe('WRONG_ROLE');
      expect(expectStatus(result, 'rejected').reason.requiredRole).toBe(ROLE_OF[action]);
    } else if (expected === F) {
      expect(expectStatus(result, 'rejected').reason.code).toBe(F);
      expect(expectStatus(result, 'rejected').reason.allowedActions).toEqual(ALLOWED[status][role]);
    } else {
      expect(expectStatus(result, 'applied').state.status).toBe(expected);
      expect(expectStatus(result, 'applied').record.from).toBe(status);
      expect(expectStatus(result, 'applied').record.to).toBe(expected);
      expect(expectStatus(result, 'applied').record.action).toBe(action);
      expect(expectStatus(result, 'applied').record.actor).toEqual(ACTORS[role]);
    }
  });

  it('has ten allowed transitions', () => {
    const allowed = MATRIX.filter(
      ({ status, action, role }) =>
        transitionWorkflow(stateIn(status), request(action, ACTORS[role])).status === 'applied',
    );

    expect(allowed).toHaveLength(10);
  });
});

describe('allowedActions', () => {
  it.each(STATUSES.flatMap((status) => ROLES.map((role) => ({ status, role }))))(
    '$status for $role',
    ({ status, role }) => {
      expect(allowedActions(status, role)).toEqual(ALLOWED[status][role]);
    },
  );
});

describe('transitionWorkflow records', () => {
  it('stores the instant in UTC', () => {
    const result = expectStatus(
      transitionWorkflow(stateIn('draft'), request('submit', AGENCY)),
      'applied',
    );

    expect(result.record.at).toBe('2021-01-20T03:00:00.000Z');
  });

  it('keeps trimmed comments per part', () => {
    const result = expectStatus(
      transitionWorkflow(stateIn('submitted'), request('score', EVALUATOR)),
      'applied',
    );

    expect(result.record.partComments).toEqual([
      { partKey: 'part1', comment: 'ฐานข้อมูลเดิมเป็นปัจจุบัน' },
      { partKey: 'part2', comment: 'ยังไม่มีหลักฐานการใช้งาน' },
    ]);
    expect(result.record.reason).toBeNull();
  });

  it('keeps the correction message and value', () => {
    const result = expectStatus(
      transitionWorkflow(stateIn('scored'), request('requestCorrection', EVALUATOR)),
      'applied',
    );

    expect(result.record.reason).toBe('ผลงานร้อยละ 70 ไม่ตรงกับรายงานผล');
    expect(result.record.valueKey).toBe('actual');
    expect(result.state.reopenedValueKey).toBe('actual');
  });

  it('closes the reopened value after correction', () => {
    const result = expectStatus(
      transitionWorkflow(stateIn('correctionRequested'), request('correct', AGENCY)),
      'applied',
    );

    expect(result.state.reopenedValueKey).toBeNull();
    expect(result.record.valueKey).toBe('actual');
    expect(result.record.reason).toBe('แก้เป็นร้อยละ 100 ตามหลักฐาน');
  });

  it('keeps the appeal reason and counts it', () => {
    const result = expectStatus(
      transitionWorkflow(stateIn('scored'), request('appeal', AGENCY)),
      'applied',
    );

    expect(result.record.reason).toBe('ส่วนที่ 2 มีหลักฐานการใช้งานแนบไว้แล้ว');
    expect(result.state.appealCount).toBe(1);
  });

  it('stores a blank optional comment as null', () => {
    const result = expectStatus(
      transitionWorkflow(stateIn('draft'), request('submit', AGENCY, { comment: '  ' })),
      'applied',
    );

    expect(result.record.reason).toBeNull();
  });

  it('leaves the input state unchanged', () => {
    const state = Object.freeze(stateIn('scored'));

    transitionWorkflow(state, request('appeal', AGENCY));

    expect(state).toEqual(stateIn('scored'));
  });
});

describe('transitionWorkflow full walk', () => {
  it('goes from draft to signed off', () => {
    const steps: [WorkflowAction, WorkflowActor][] = [
      ['submit', AGENCY],
      ['score', EVALUATOR],
      ['requestCorrection', EVALUATOR],
      ['correct', AGENCY],
      ['score', EVALUATOR],
      ['appeal', AGENCY],
      ['score', EVALUATOR],
      ['signOff', EVALUATOR],
    ];
    let state = initialWorkflowState('0411', ['part1', 'part2']);
    const visited: WorkflowStatus[] = [state.status];

    for (const [action, actor] of steps) {
      state = expectStatus(transitionWorkflow(state, request(action, actor)), 'applied').state;
      visited.push(state.status);
    }

    expect(visited).toEqual([
      'draft',
      'submitted',
      'scored',
      'correctionRequested',
      'corrected',
      'scored',
      'appealed',
      'scored',
      'signedOff',
    ]);
    expect(state.appealCount).toBe(1);
    expect(editableValues(state)).toEqual({ scope: 'none' });
  });
});

describe('transitionWorkflow rules', () => {
  it('rejects correcting another value', () => {
    const result = transitionWorkflow(
      stateIn('correctionRequested'),
      request('correct', AGENCY, { valueKey: 'target' }),
    );

    expect(expectStatus(result, 'rejected').reason.code).toBe('VALUE_NOT_REOPENED');
    expect(expectStatus(result, 'rejected').reason.reopenedValueKey).toBe('actual');
  });

  it.each<[string, WorkflowStatus, WorkflowRequest]>([
    ['empty appeal reason', 'scored', request('appeal', AGENCY, { reason: '' })],
    ['blank appeal reason', 'scored', request('appeal', AGENCY, { reason: ' \n ' })],
    ['missing appeal reason', 'scored', request('appeal', AGENCY, {} as never)],
    [
      'blank correction message',
      'scored',
      request('requestCorrection', EVALUATOR, { valueKey: 'actual', message: ' ' }),
    ],
  ])('requires a reason: %s', (_name, status, workflowRequest) => {
    expect(rejectionCode(stateIn(status), workflowRequest)).toBe('REASON_REQUIRED');
  });

  it.each<[string, WorkflowPayloads['score'], string[]]>([
    ['one part missing', { partComments: [{ partKey: 'part1', comment: 'ครบ' }] }, ['part2']],
    [
      'blank comment',
      {
        partComments: [
          { partKey: 'part1', comment: 'ครบ' },
          { partKey: 'part2', comment: ' ' },
        ],
      },
      ['part2'],
    ],
    ['no comments', { partComments: [] }, ['part1', 'part2']],
  ])('requires part comments: %s', (_name, payload, missing) => {
    const result = transitionWorkflow(stateIn('submitted'), request('score', EVALUATOR, payload));

    expect(expectStatus(result, 'rejected').reason.code).toBe('COMMENT_REQUIRED');
    expect(expectStatus(result, 'rejected').reason.missingPartKeys).toEqual(missing);
  });

  it.each<[string, WorkflowStatus, WorkflowRequest]>([
    [
      'unknown part',
      'submitted',
      request('score', EVALUATOR, {
        partComments: [...VALID_PAYLOADS.score.partComments, { partKey: 'part3', comment: 'x' }],
      }),
    ],
    [
      'duplicate part',
      'submitted',
      request('score', EVALUATOR, {
        partComments: [...VALID_PAYLOADS.score.partComments, { partKey: 'part1', comment: 'x' }],
      }),
    ],
    [
      'comments not a list',
      'submitted',
      request('score', EVALUATOR, { partComments: 'ok' as never }),
    ],
    [
      'correction without value',
      'scored',
      request('requestCorrection', EVALUATOR, { valueKey: ' ', message: 'แก้' }),
    ],
    ['correct without value', 'correctionRequested', request('correct', AGENCY, {} as never)],
    ['null payload', 'draft', request('submit', AGENCY, null as never)],
    ['numeric comment', 'draft', request('submit', AGENCY, { comment: 5 as never })],
  ])('rejects payload: %s', (_name, status, workflowRequest) => {
    expect(rejectionCode(stateIn(status), workflowRequest)).toBe('INVALID_PAYLOAD');
  });

  it('rejects another agency', () => {
    const otherAgency: WorkflowActor = {
      role: 'agency',
      userId: 'agency-user-2',
      agencyCode: '5047',
    };

    expect(rejectionCode(stateIn('draft'), request('submit', otherAgency))).toBe('WRONG_AGENCY');
  });

  it('limits appeals to one by default', () => {
    expect(rejectionCode(stateIn('scored', { appealCount: 1 }), request('appeal', AGENCY))).toBe(
      'APPEAL_LIMIT_REACHED',
    );
  });

  it('allows more appeals when configured', () => {
    const result = transitionWorkflow(
      stateIn('scored', { appealCount: 1 }),
      request('appeal', AGENCY),
      { maxAppeals: 2 },
    );

    expect(expectStatus(result, 'applied').state.appealCount).toBe(2);
  });

  it('allows no appeal with limit 0', () => {
    const result = transitionWorkflow(stateIn('scored'), request('appeal', AGENCY), {
      maxAppeals: 0,
    });

    expect(expectStatus(result, 'rejected').reason.code).toBe('APPEAL_LIMIT_REACHED');
  });

  it('rejects a negative appeal limit', () => {
    const result = transitionWorkflow(stateIn('scored'), request('appeal', AGENCY), {
      maxAppeals: -1,
    });

    expect(expectStatus(result, 'rejected').reason.code).toBe('INVALID_OPTIONS');
  });
});

describe('transitionWorkflow invalid input', () => {
  it.each<[string, Partial<WorkflowState>]>([
    ['unknown status', { status: 'archived' as never }],
    ['no parts', { partKeys: [] }],
    ['duplicate parts', { partKeys: ['part1', 'part1'] }],
    ['blank agency', { agencyCode: ' ' }],
    ['negative appeal count', { appealCount: -1 }],
    ['reopened value outside a correction', { reopenedValueKey: 'actual' }],
  ])('rejects state: %s', (_name, overrides) => {
    expect(rejectionCode(stateIn('draft', overrides), request('submit', AGENCY))).toBe(
      'INVALID_STATE',
    );
  });

  it('rejects a correction state without a value', () => {
    const state = stateIn('correctionRequested', { reopenedValueKey: null });

    expect(rejectionCode(state, request('correct', AGENCY))).toBe('INVALID_STATE');
  });

  it('rejects a missing state', () => {
    expect(rejectionCode(null as never, request('submit', AGENCY))).toBe('INVALID_STATE');
  });

  it('rejects a missing request', () => {
    expect(rejectionCode(stateIn('draft'), null as never)).toBe('INVALID_ACTION');
  });

  it('rejects missing options', () => {
    const result = transitionWorkflow(stateIn('draft'), request('submit', AGENCY), null as never);

    expect(expectStatus(result, 'rejected').reason.code).toBe('INVALID_OPTIONS');
  });

  it('rejects an unknown action', () => {
    const workflowRequest = { action: 'delete', actor: AGENCY, payload: {}, at: AT } as never;

    expect(rejectionCode(stateIn('draft'), workflowRequest)).toBe('INVALID_ACTION');
  });

  it.each<[string, unknown]>([
    ['unknown role', { role: 'admin', userId: 'u1' }],
    ['blank user', { role: 'evaluator', userId: '' }],
    ['agency without code', { role: 'agency', userId: 'u1' }],
    ['no actor', null],
  ])('rejects actor: %s', (_name, actor) => {
    expect(rejectionCode(stateIn('draft'), request('submit', actor as WorkflowActor))).toBe(
      'INVALID_ACTOR',
    );
  });

  it.each(['2021-01-20', '2021-01-20T10:00:00', 'now', ''])('rejects timestamp %p', (at) => {
    expect(rejectionCode(stateIn('draft'), request('submit', AGENCY, {}, at))).toBe(
      'INVALID_TIMESTAMP',
    );
  });
});

describe('editableValues', () => {
  it.each<[WorkflowStatus, EditableValues]>([
    ['draft', { scope: 'all' }],
    ['submitted', { scope: 'none' }],
    ['scored', { scope: 'none' }],
    ['correctionRequested', { scope: 'only', valueKeys: ['actual'] }],
    ['corrected', { scope: 'none' }],
    ['appealed', { scope: 'none' }],
    ['signedOff', { scope: 'none' }],
  ])('in %s', (status, expected) => {
    expect(editableValues(stateIn(status))).toEqual(expected);
  });

  it('allows nothing in an invalid state', () => {
    expect(editableValues(stateIn('draft', { partKeys: [] }))).toEqual({ scope: 'none' });
  });
});

describe('workflow messages', () => {
  it('words FORBIDDEN_TRANSITION with allowed actions', () => {
    const { reason } = expectStatus(
      transitionWorkflow(stateIn('submitted'), request('signOff', EVALUATOR)),
      'rejected',
    );

    expect(reason.th).toBe(
      'รับรองผลไม่ได้ในสถานะ "ส่งผลแล้ว" ขั้นตอนที่ผู้ประเมิน (สยป.)ทำได้ในสถานะนี้: ให้คะแนน, ขอให้แก้ไขข้อมูล',
    );
    expect(reason.en).toBe(
      'Action signOff is not allowed in status submitted. Actions open to role evaluator in this status: score, requestCorrection.',
    );
  });

  it('words FORBIDDEN_TRANSITION with no action open', () => {
    const { reason } = expectStatus(
      transitionWorkflow(stateIn('submitted'), request('appeal', AGENCY)),
      'rejected',
    );

    expect(reason.en).toContain('Actions open to role agency in this status: none.');
    expect(reason.th).toContain('ไม่มีขั้นตอนที่ทำได้');
  });

  it('words WRONG_ROLE', () => {
    const { reason } = expectStatus(
      transitionWorkflow(stateIn('submitted'), request('score', AGENCY)),
      'rejected',
    );

    expect(reason.th).toBe('หน่วยงานให้คะแนนไม่ได้ ขั้นตอนนี้เป็นของผู้ประเมิน (สยป.)');
    expect(reason.en).toBe('Role agency cannot take action score: only role evaluator can.');
  });

  it('words ALREADY_SIGNED_OFF', () => {
    const { reason } = expectStatus(
      transitionWorkflow(stateIn('signedOff'), request('appeal', AGENCY)),
      'rejected',
    );

    expect(reason.th).toBe('ยื่นอุทธรณ์ไม่ได้ เพราะผลการประเมินนี้รับรองแล้วและถูกล็อก');
    expect(reason.en).toBe(
      'Action appeal is not allowed: the evaluation is signed off and locked.',
    );
  });

  it('words VALUE_NOT_REOPENED', () => {
    const { reason } = expectStatus(
      transitionWorkflow(
        stateIn('correctionRequested'),
        request('correct', AGENCY, { valueKey: 'target' }),
      ),
      'rejected',
    );

    expect(reason.th).toBe('แก้ไข "target" ไม่ได้ สยป. เปิดให้แก้ไขเฉพาะ "actual"');
    expect(reason.en).toBe('Value target is not open for correction: only actual was reopened.');
  });

  it('words REASON_REQUIRED for an appeal', () => {
    const { reason } = expectStatus(
      transitionWorkflow(stateIn('scored'), request('appeal', AGENCY, { reason: '' })),
      'rejected',
    );

    expect(reason.th).toBe('ยื่นอุทธรณ์ไม่ได้ เพราะไม่มีเหตุผลการอุทธรณ์ โปรดระบุเหตุผลการอุทธรณ์');
    expect(reason.en).toBe('Action appeal needs a reason: the reason is missing or blank.');
  });

  it('words COMMENT_REQUIRED with the parts', () => {
    const { reason } = expectStatus(
      transitionWorkflow(stateIn('submitted'), request('score', EVALUATOR, { partComments: [] })),
      'rejected',
    );

    expect(reason.en).toBe('Action score needs a comment on every part: missing for part1, part2.');
    expect(reason.th).toContain('part1, part2');
  });
});
