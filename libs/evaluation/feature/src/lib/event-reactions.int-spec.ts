import { randomUUID } from 'node:crypto';

import type { INestMicroservice } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';

import type { ArtefactEvidenceChangedEvent, ArtefactSubmittedEvent } from '@bma-kpi/contracts-catalog';
import { CatalogEvents } from '@bma-kpi/contracts-catalog';
import type { EvaluationInputChangedEvent, EvaluationMessages } from '@bma-kpi/contracts-evaluation';
import { EvaluationEvents, EvaluationSubjects, OVERALL_PART_KEY } from '@bma-kpi/contracts-evaluation';
import type { IndicatorsMessages } from '@bma-kpi/contracts-indicators';
import { IndicatorsEvents, IndicatorsSubjects } from '@bma-kpi/contracts-indicators';
import { createEventPublisher, createOutboxMessage, ServiceClient, type EventPublisher } from '@bma-kpi/messaging';

import {
  evaluationTestTransports,
  eventually,
  startEvaluationService,
  startIndicatorsService,
  type EvaluationTestTransport,
  type RunningEvaluationService,
} from '../testing/evaluation-test-transport';

jest.setTimeout(60_000);

const period = { fiscalYear: 2564, quarter: 1 };
const evaluator = { correlationId: 'reactions-int-spec', actor: 'evaluator-1' };
const agency = { correlationId: 'reactions-int-spec', actor: 'agency-user-1' };
const catalogMeta = { actor: 'catalog-user', correlationId: 'reactions-int-spec' };
const levels = [1, 2, 3, 4, 5].map((level) => ({ level, descriptionTh: `ขั้นตอนที่ ${level}` }));

describe.each(evaluationTestTransports)('evaluation event reactions over %s', (_name, openTransport) => {
  let transport: EvaluationTestTransport;
  let indicatorsService: INestMicroservice | null = null;
  let evaluation: RunningEvaluationService;
  let proxy: ClientProxy;
  let publisher: EventPublisher;
  let sut: ServiceClient<EvaluationMessages>;
  let indicators: ServiceClient<IndicatorsMessages>;

  async function createIndicator(code: string, values: number[], target = 100): Promise<string> {
    const created = await indicators.request(
      IndicatorsSubjects.indicatorCreate,
      { fiscalYear: 2564, code, title: 'ความสำเร็จในการพัฒนาฐานข้อมูล', agencyCode: '0411', unit: 'ร้อยละ', target },
      evaluator,
    );

    for (const [index, value] of values.entries()) {
      const date = ['2020-10-30', '2020-11-30', '2020-12-30'][index] ?? '2020-12-30';

      await indicators.request(IndicatorsSubjects.progressAdd, { indicatorId: created.id, date, value, text: `ขั้นตอนที่ ${value}` }, agency);
    }

    return created.id;
  }

  const inputChanges = () => transport.events<EvaluationInputChangedEvent>(EvaluationEvents.evaluationInputChanged);
  const health = () => sut.request(EvaluationSubjects.healthCheck, {}, evaluator);

  beforeAll(async () => {
    transport = await openTransport();
    indicatorsService = await startIndicatorsService(transport, 'reactions_indicators');
    evaluation = await startEvaluationService(transport, { consumer: { maxDeliveries: 2, backoffMs: [50], ackWaitMs: 5000 } });
    sut = evaluation.client;
    proxy = transport.client();
    indicators = new ServiceClient(proxy, { service: 'indicators', subjectPrefix: transport.subjectPrefix, timeoutMs: 10_000 });
    publisher = await createEventPublisher(transport.eventBus);
    await sut.request(EvaluationSubjects.roundCreate, period, evaluator);
  });

  afterAll(async () => {
    await publisher?.close();
    await evaluation?.close();
    await indicatorsService?.close();
    await proxy?.close();
    await transport?.cleanUp();
  });

  it('marks a scored evaluation when new progress arrives', async () => {
    const indicatorId = await createIndicator('0411-0021', [30, 50, 70]);
    const act = (request: Record<string, unknown>, actor = evaluator) =>
      sut.request(EvaluationSubjects.evaluationTransition, { ...period, indicatorId, ...request } as never, actor);

    await act({ action: 'submit', role: 'agency', agencyCode: '0411' }, agency);
    const scored = await act({ action: 'score', role: 'evaluator', partComments: [{ partKey: OVERALL_PART_KEY, comment: 'ตามเป้า' }] });

    expect(scored.inputChangedAt).toBeNull();
    await indicators.request(IndicatorsSubjects.progressAdd, { indicatorId, date: '2020-12-31', value: 90, text: 'ปรับผลเดือนธันวาคม' }, agency);
    await eventually(async () => (await inputChanges()).some((event) => event.data.indicatorId === indicatorId));
    const marked = await sut.request(EvaluationSubjects.evaluationGet, { ...period, indicatorId }, evaluator);
    const [change] = (await inputChanges()).filter((event) => event.data.indicatorId === indicatorId);

    expect(marked.inputChangedAt).not.toBeNull();
    expect(marked.score).toMatchObject({ percent: 70 });
    expect(change?.data).toMatchObject({ cause: 'progress', fiscalYear: 2564, quarter: 1, agencyCode: '0411' });

  });

  it('flags a milestone claim without catalog evidence', async () => {
    const indicatorId = await createIndicator('0411-0022', [1, 2, 3], 5);
    const artefactId = randomUUID();
    const flagsNow = async () =>
      (await sut.request(EvaluationSubjects.evaluationGet, { ...period, indicatorId }, evaluator)).flags.map((flag) => flag.code);

    await sut.request(
      EvaluationSubjects.modelAssign,
      { indicatorId, fiscalYear: 2564, model: { model: 'milestone', modelVersion: 1, levels }, accumulation: 'cumulative', requiresEvidence: true },
      evaluator,
    );
    expect(await flagsNow()).toContain('MILESTONE_WITHOUT_EVIDENCE');
    const artefact = { artefactId, agencyCode: '0411', fiscalYear: 2564, kind: 'appointmentOrder', version: 1 };

    await publisher.publish(
      createOutboxMessage<ArtefactSubmittedEvent>(CatalogEvents.artefactSubmitted, { ...artefact, title: 'คำสั่งแต่งตั้งคณะทำงาน', supersedesId: null, evidenceSha256: [] }, catalogMeta),
    );
    const evidenceEvent = (change: 'added' | 'removed') =>
      createOutboxMessage<ArtefactEvidenceChangedEvent>(
        CatalogEvents.artefactEvidenceChanged,
        { ...artefact, change, evidenceId: randomUUID(), sha256: 'a'.repeat(64), fileName: 'คำสั่ง.pdf' },
        catalogMeta,
      );
    const added = evidenceEvent('added');

    await publisher.publish(added);
    await eventually(async () => !(await flagsNow()).includes('MILESTONE_WITHOUT_EVIDENCE'));
    expect(await flagsNow()).not.toContain('MILESTONE_WITHOUT_EVIDENCE');

    // The same event again under another message id, so that JetStream does not drop it first. Were
    // it counted twice, removing one file would leave one and the flag would not come back.
    await publisher.publish({ ...added, id: randomUUID() });
    await publisher.publish(evidenceEvent('removed'));
    await eventually(async () => (await flagsNow()).includes('MILESTONE_WITHOUT_EVIDENCE'));
    expect(await flagsNow()).toContain('MILESTONE_WITHOUT_EVIDENCE');
  });

  it('keeps a malformed event as a dead letter and goes on', async () => {
    const before = (await health()).deadLetters;

    await publisher.publish({ id: randomUUID(), subject: IndicatorsEvents.progressReported, payload: { not: 'an event' }, correlationId: null });
    await eventually(async () => (await health()).deadLetters > before);
    const indicatorId = await createIndicator('0411-0023', [10]);

    expect((await health()).deadLetters).toBe(before + 1);
    expect(indicatorId).toBeTruthy();
  });
});
