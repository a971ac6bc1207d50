import type { INestMicroservice } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';

import type { EvaluationMessages, TransitionRequest, WorkflowActionName } from '@bma-kpi/contracts-evaluation';
import { EvaluationSubjects, OVERALL_PART_KEY } from '@bma-kpi/contracts-evaluation';
import type { IndicatorsMessages } from '@bma-kpi/contracts-indicators';
import { IndicatorsSubjects } from '@bma-kpi/contracts-indicators';
import type { DomainException } from '@bma-kpi/errors';
import { WORKFLOW_ACTION_ROLES, WORKFLOW_TRANSITIONS, type WorkflowStatus } from '@bma-kpi/evaluation-domain';
import { ServiceClient } from '@bma-kpi/messaging';

import {
  evaluationTestTransports,
  startEvaluationService,
  startIndicatorsService,
  type EvaluationTestTransport,
  type RunningEvaluationService,
} from '../testing/evaluation-test-transport';

jest.setTimeout(120_000);

const period = { fiscalYear: 2564, quarter: 1 };
const meta = { correlationId: 'workflow-int-spec', actor: 'workflow-tester' };
const actions = Object.keys(WORKFLOW_ACTION_ROLES) as WorkflowActionName[];

/** Actions that bring a new evaluation to each status. */
const pathTo: Record<WorkflowStatus, WorkflowActionName[]> = {
  draft: [],
  submitted: ['submit'],
  scored: ['submit', 'score'],
  correctionRequested: ['submit', 'requestCorrection'],
  corrected: ['submit', 'requestCorrection', 'correct'],
  appealed: ['submit', 'score', 'appeal'],
  signedOff: ['submit', 'score', 'signOff'],
};

/** Builds a complete request for an action in the given role, so only the workflow rule can reject it. */
function requestFor(action: WorkflowActionName, role: 'agency' | 'evaluator'): Omit<TransitionRequest, 'indicatorId' | 'fiscalYear' | 'quarter'> {
  return {
    action,
    role,
    ...(role === 'agency' ? { agencyCode: '0411' } : {}),
    ...(action === 'appeal' || action === 'requestCorrection' ? { reason: 'เหตุผลประกอบ' } : {}),
    ...(action === 'requestCorrection' || action === 'correct' ? { valueKey: 'actual' } : {}),
    ...(action === 'score' ? { partComments: [{ partKey: OVERALL_PART_KEY, comment: 'ความเห็นผู้ประเมิน' }] } : {}),
  };
}

const otherRole = (role: 'agency' | 'evaluator') => (role === 'agency' ? 'evaluator' : 'agency');

describe.each(evaluationTestTransports)('evaluation workflow rules over %s', (_name, openTransport) => {
  let transport: EvaluationTestTransport;
  let indicatorsService: INestMicroservice | null = null;
  let evaluation: RunningEvaluationService;
  let proxy: ClientProxy;
  let sut: ServiceClient<EvaluationMessages>;
  let indicators: ServiceClient<IndicatorsMessages>;
  let serial = 100;

  const rejection = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as DomainException);

  async function indicatorIn(status: WorkflowStatus): Promise<string> {
    serial += 1;
    const created = await indicators.request(
      IndicatorsSubjects.indicatorCreate,
      { fiscalYear: 2564, code: `0411-${serial}`, title: `ตัวชี้วัดสถานะ ${status}`, agencyCode: '0411', target: 100 },
      meta,
    );

    for (const date of ['2020-10-30', '2020-11-30', '2020-12-30']) {
      await indicators.request(IndicatorsSubjects.progressAdd, { indicatorId: created.id, date, value: 50, text: 'รายงานผล' }, meta);
    }
    for (const action of pathTo[status]) {
      await sut.request(EvaluationSubjects.evaluationTransition, { ...period, indicatorId: created.id, ...requestFor(action, WORKFLOW_ACTION_ROLES[action]) }, meta);
    }

    return created.id;
  }

  beforeAll(async () => {
    transport = await openTransport();
    indicatorsService = await startIndicatorsService(transport, 'workflow_indicators');
    evaluation = await startEvaluationService(transport);
    sut = evaluation.client;
    proxy = transport.client();
    indicators = new ServiceClient(proxy, { service: 'indicators', subjectPrefix: transport.subjectPrefix, timeoutMs: 10_000 });
    await sut.request(EvaluationSubjects.roundCreate, period, meta);
  });

  afterAll(async () => {
    await evaluation?.close();
    await indicatorsService?.close();
    await proxy?.close();
    await transport?.cleanUp();
  });

  it.each(Object.keys(pathTo) as WorkflowStatus[])('rejects forbidden actions in %s', async (status) => {
    const indicatorId = await indicatorIn(status);
    const allowed = Object.keys(WORKFLOW_TRANSITIONS[status]) as WorkflowActionName[];
    const attempts = [
      ...actions.filter((action) => !allowed.includes(action)).map((action) => requestFor(action, WORKFLOW_ACTION_ROLES[action])),
      ...allowed.map((action) => requestFor(action, otherRole(WORKFLOW_ACTION_ROLES[action]))),
    ];
    const before = await sut.request(EvaluationSubjects.evaluationGet, { ...period, indicatorId }, meta);

    for (const attempt of attempts) {
      const error = await rejection(sut.request(EvaluationSubjects.evaluationTransition, { ...period, indicatorId, ...attempt }, meta));

      expect([attempt.action, attempt.role, error?.code]).toEqual([attempt.action, attempt.role, 'EVALUATION_TRANSITION_REJECTED']);
    }
    const after = await sut.request(EvaluationSubjects.evaluationGet, { ...period, indicatorId }, meta);

    expect([after.state, after.version, after.transitions.length]).toEqual([before.state, before.version, before.transitions.length]);
    expect(after.state).toBe(status === 'draft' ? 'draft' : status);
  });
});
