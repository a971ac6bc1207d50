import { randomUUID } from 'node:crypto';

import { buildRoundInput, buildTransitionInput, openTestEvaluationDatabase, testBackends, type TestEvaluationDatabase } from '../../testing';
import { DeadLetterRepository } from '@bma-kpi/database';

import { EvaluationRepository } from './evaluation.repository';
import { ReactionRepository } from './reaction.repository';
import { RoundRepository } from './round.repository';

const audit = { actor: 'evaluator-1', correlationId: 'corr-1' };
const changedAt = new Date('2021-01-05T03:00:00.000Z');

describe.each(testBackends)('ReactionRepository on %s', (backend) => {
  let test: TestEvaluationDatabase;
  let reactions: ReactionRepository;
  let evaluations: EvaluationRepository;
  let rounds: RoundRepository;

  beforeAll(async () => {
    test = await openTestEvaluationDatabase(backend);
    reactions = new ReactionRepository(test.db.prisma);
    evaluations = new EvaluationRepository(test.db.prisma);
    rounds = new RoundRepository(test.db.prisma);
  });

  afterAll(async () => {
    await test.dispose();
  });

  async function evaluationIn(roundId: string, scored: boolean): Promise<{ id: string; indicatorId: string }> {
    const indicatorId = randomUUID();
    const { evaluation } = await evaluations.getOrCreate({ roundId, indicatorId, agencyCode: '0411', initialState: 'submitted' }, audit);

    if (scored) {
      await evaluations.applyTransition(evaluation.id, buildTransitionInput({ score: { status: 'scored', percent: 70 } }), audit, []);
    }

    return { id: evaluation.id, indicatorId };
  }

  describe('markInputChanged', () => {
    let roundId = '';

    beforeAll(async () => {
      roundId = (await rounds.create(buildRoundInput({ quarter: 2, entryDeadline: null, reviewUntil: null }), audit, [])).id;
    });

    it('marks a scored evaluation once', async () => {
      const scored = await evaluationIn(roundId, true);
      const marked = await reactions.markInputChanged({ indicatorId: scored.indicatorId, fiscalYear: 2564, quarter: 2, changedAt });
      const again = await reactions.markInputChanged({ indicatorId: scored.indicatorId, fiscalYear: 2564, quarter: null, changedAt: new Date() });

      expect(marked.map((evaluation) => [evaluation.id, evaluation.inputChangedAt])).toEqual([[scored.id, changedAt.toISOString()]]);
      expect(again).toEqual([]);
    });

    it('skips an evaluation without a score', async () => {
      const unscored = await evaluationIn(roundId, false);

      expect(await reactions.markInputChanged({ indicatorId: unscored.indicatorId, fiscalYear: 2564, quarter: 2, changedAt })).toEqual([]);
    });

    it('skips another quarter and another fiscal year', async () => {
      const scored = await evaluationIn(roundId, true);

      expect(await reactions.markInputChanged({ indicatorId: scored.indicatorId, fiscalYear: 2564, quarter: 3, changedAt })).toEqual([]);
      expect(await reactions.markInputChanged({ indicatorId: scored.indicatorId, fiscalYear: 2565, quarter: null, changedAt })).toEqual([]);
    });

    it('clears the mark when the evaluation is scored again', async () => {
      const scored = await evaluationIn(roundId, true);

      await reactions.markInputChanged({ indicatorId: scored.indicatorId, fiscalYear: 2564, quarter: 2, changedAt });
      const rescored = await evaluations.applyTransition(
        scored.id,
        buildTransitionInput({ expectedVersion: 2, score: { status: 'scored', percent: 80 } }),
        audit,
        [],
      );

      expect(rescored.evaluation.inputChangedAt).toBeNull();
    });
  });

  describe('artefact evidence', () => {
    it('counts the evidence of the latest versions per agency', async () => {
      const first = randomUUID();
      const second = randomUUID();
      const other = randomUUID();
      const base = { agencyCode: '0411', fiscalYear: 2564, kind: 'appointmentOrder', version: 1, evidenceCount: 2, supersedesId: null };

      await reactions.saveArtefact({ ...base, artefactId: first });
      await reactions.saveArtefact({ ...base, artefactId: second, version: 2, evidenceCount: 1, supersedesId: first });
      await reactions.saveArtefact({ ...base, artefactId: other, agencyCode: '5001', evidenceCount: 0 });

      expect(await reactions.adjustEvidence(second, 1)).toBe(true);
      expect(await reactions.adjustEvidence(first, 1)).toBe(false);
      expect(await reactions.adjustEvidence(other, -1)).toBe(true);
      expect(await reactions.evidenceByAgency(2564)).toEqual(new Map([['0411', 2], ['5001', 0]]));
      expect(await reactions.evidenceByAgency(2564, '0411')).toEqual(new Map([['0411', 2]]));
      expect(await reactions.evidenceByAgency(2565)).toEqual(new Map());
    });
  });

  describe('dead letters', () => {
    it('keeps a letter with or without a readable event id', async () => {
      const letters = new DeadLetterRepository(test.db.prisma);
      const stored = await letters.record({ eventId: randomUUID(), subject: 'events.indicators.progress.reported.v1', payload: '{}', error: 'boom', deliveries: 5, streamSequence: 42 });
      const broken = await letters.record({ eventId: 'not-a-uuid', subject: 'events.catalog.artefact.submitted.v1', payload: '{', error: 'malformed', deliveries: 1, streamSequence: null });

      expect(stored).toMatchObject({ deliveries: 5, streamSequence: 42 });
      expect(broken.eventId).toBeNull();
      expect(await letters.count()).toBe(2);
    });
  });
});
