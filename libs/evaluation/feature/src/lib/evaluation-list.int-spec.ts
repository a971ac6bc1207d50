import type { INestMicroservice } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';

import type { EvaluationMessages, TransitionRequest } from '@bma-kpi/contracts-evaluation';
import { EvaluationSubjects, OVERALL_PART_KEY } from '@bma-kpi/contracts-evaluation';
import type { IndicatorsMessages } from '@bma-kpi/contracts-indicators';
import { IndicatorsSubjects } from '@bma-kpi/contracts-indicators';
import type { DomainException } from '@bma-kpi/errors';
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
const meta = { correlationId: 'evaluation-list-int-spec', actor: 'list-tester' };
const scoreRequest = { action: 'score', role: 'evaluator', partComments: [{ partKey: OVERALL_PART_KEY, comment: 'ความเห็นผู้ประเมิน' }] } satisfies Partial<TransitionRequest>;

describe.each(evaluationTestTransports)('evaluation list of a round over %s', (_name, openTransport) => {
  let transport: EvaluationTestTransport;
  let indicatorsService: INestMicroservice | null = null;
  let evaluation: RunningEvaluationService;
  let proxy: ClientProxy;
  let sut: ServiceClient<EvaluationMessages>;
  let indicators: ServiceClient<IndicatorsMessages>;
  const ids: string[] = [];

  async function scoredIndicator(code: string, agencyCode: string, values: number[]): Promise<string> {
    const created = await indicators.request(IndicatorsSubjects.indicatorCreate, { fiscalYear: 2564, code, title: `ตัวชี้วัด ${code}`, agencyCode, target: 100 }, meta);
    const dates = ['2020-10-30', '2020-11-30', '2020-12-30'];

    for (const [index, value] of values.entries()) {
      await indicators.request(IndicatorsSubjects.progressAdd, { indicatorId: created.id, date: dates[index] ?? '', value, text: 'รายงานผล' }, meta);
    }
    await sut.request(EvaluationSubjects.evaluationTransition, { ...period, indicatorId: created.id, action: 'submit', role: 'agency', agencyCode }, meta);
    await sut.request(EvaluationSubjects.evaluationTransition, { ...period, indicatorId: created.id, ...scoreRequest }, meta);

    return created.id;
  }

  beforeAll(async () => {
    transport = await openTransport();
    indicatorsService = await startIndicatorsService(transport, 'evaluation_list_indicators');
    evaluation = await startEvaluationService(transport);
    sut = evaluation.client;
    proxy = transport.client();
    indicators = new ServiceClient(proxy, { service: 'indicators', subjectPrefix: transport.subjectPrefix, timeoutMs: 10_000 });
    await sut.request(EvaluationSubjects.roundCreate, period, meta);
    ids.push(await scoredIndicator('0411-0901', '0411', [20, 40, 80]));
    ids.push(await scoredIndicator('5047-0902', '5047', [10, 30, 50]));
    ids.push(await scoredIndicator('0411-0903', '0411', [30]));
  });

  afterAll(async () => {
    await evaluation?.close();
    await indicatorsService?.close();
    await proxy?.close();
    await transport?.cleanUp();
  });

  it('lists every stored evaluation ordered by agency', async () => {
    const page = await sut.request(EvaluationSubjects.evaluationList, { ...period, page: 1, pageSize: 10 }, meta);

    expect(page.roundStatus).toBe('open');
    expect(page.total).toBe(3);
    expect(page.items.map((item) => item.agencyCode)).toEqual(['0411', '0411', '5047']);
    expect(page.items.every((item) => item.state === 'scored')).toBe(true);
    expect(page.items.every((item) => !item.signedOff)).toBe(true);
  });

  it('returns the scored quarter value and score', async () => {
    const page = await sut.request(EvaluationSubjects.evaluationList, { ...period, agency: '5047' }, meta);
    const [item] = page.items;

    expect(page.total).toBe(1);
    expect(item?.indicatorId).toBe(ids[1]);
    expect(item?.quarterValue).toMatchObject({ status: 'complete', value: 50 });
    expect(item?.score).toMatchObject({ status: 'scored', model: 'achievement' });
    expect(item?.score).not.toHaveProperty('quarterValue');
  });

  it('stores an incomplete quarter as unscorable', async () => {
    const page = await sut.request(EvaluationSubjects.evaluationList, { ...period, agency: '0411', pageSize: 200 }, meta);
    const incomplete = page.items.find((item) => item.indicatorId === ids[2]);

    expect(incomplete?.quarterValue).toMatchObject({ status: 'incomplete' });
    expect(incomplete?.score).toMatchObject({ status: 'unscorable' });
  });

  it('pages with the total of the filter', async () => {
    const second = await sut.request(EvaluationSubjects.evaluationList, { ...period, agency: '0411', page: 2, pageSize: 1 }, meta);

    expect(second.total).toBe(2);
    expect(second.items).toHaveLength(1);
    expect(second.page).toBe(2);
  });

  it('returns an empty page for a round never opened', async () => {
    const page = await sut.request(EvaluationSubjects.evaluationList, { fiscalYear: 2564, quarter: 3 }, meta);

    expect(page.roundStatus).toBeNull();
    expect(page.items).toEqual([]);
    expect(page.total).toBe(0);
  });

  it('rejects a page size above 200', async () => {
    const error = await sut.request(EvaluationSubjects.evaluationList, { ...period, pageSize: 201 }, meta).then(() => null, (caught: unknown) => caught as DomainException);

    expect(error?.code).toBe('VALIDATION_FAILED');
  });

  it('marks every item signed off after the round sign-off', async () => {
    await sut.request(EvaluationSubjects.roundSignOff, { ...period, role: 'evaluator' }, meta);
    const page = await sut.request(EvaluationSubjects.evaluationList, { ...period }, meta);

    expect(page.roundStatus).toBe('signedOff');
    expect(page.items.map((item) => item.signedOff)).toEqual([true, true, true]);
  });
});
