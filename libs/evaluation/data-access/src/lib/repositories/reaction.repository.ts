import { Prisma } from '../../generated/prisma/client';
import type { EvaluationClient } from '../evaluation-client';
import { checkFiscalYear, checkText, checkUuid } from '../input-checks';
import { toEvaluationRecord } from './evaluation.mapper';
import type { EvaluationRecord } from './evaluation.types';

/** Change of an indicator that can make stored scores out of date. */
export interface InputChange {
  indicatorId: string;
  fiscalYear: number;
  /** Only the round of this quarter; null for every round of the fiscal year. */
  quarter: number | null;
  /** When the indicator or its progress changed. */
  changedAt: Date;
}

/** The latest version of a governance artefact, as the catalog service reports it. */
export interface ArtefactInput {
  artefactId: string;
  agencyCode: string;
  fiscalYear: number;
  kind: string;
  version: number;
  evidenceCount: number;
  /** Id of the version this one replaces, which is then deleted. */
  supersedesId: string | null;
}

/**
 * Writes what the evaluation service learns from other services' events. Its methods run on the
 * transaction client of InboxRepository.handleOnce, so a redelivered event has no second effect.
 */
export class ReactionRepository {
  constructor(private readonly prisma: EvaluationClient) {}

  /**
   * Marks the scored, not yet signed-off evaluations of an indicator in its open rounds as based
   * on out-of-date data, and returns the evaluations it marked. An evaluation marked before keeps
   * its first mark until it is scored again.
   */
  async markInputChanged(change: InputChange): Promise<EvaluationRecord[]> {
    checkUuid('indicatorId', change.indicatorId);
    checkFiscalYear(change.fiscalYear);
    const where = {
      indicatorId: change.indicatorId,
      round: { fiscalYear: change.fiscalYear, status: 'open' as const, ...(change.quarter === null ? {} : { quarter: change.quarter }) },
      state: { not: 'signedOff' },
      score: { not: Prisma.AnyNull },
      inputChangedAt: null,
    };
    const rows = await this.prisma.evaluation.findMany({ where, select: { id: true } });

    if (rows.length === 0) {
      return [];
    }
    const ids = rows.map((row) => row.id);

    await this.prisma.evaluation.updateMany({ where: { id: { in: ids } }, data: { inputChangedAt: change.changedAt } });

    return (await this.prisma.evaluation.findMany({ where: { id: { in: ids } } })).map(toEvaluationRecord);
  }

  /** Stores the latest version of an artefact and deletes the version it supersedes. */
  async saveArtefact(input: ArtefactInput): Promise<void> {
    checkUuid('artefactId', input.artefactId);
    checkText('agencyCode', input.agencyCode);
    checkFiscalYear(input.fiscalYear);
    const values = {
      agencyCode: input.agencyCode,
      fiscalYear: input.fiscalYear,
      kind: input.kind,
      version: input.version,
      evidenceCount: Math.max(0, input.evidenceCount),
    };

    if (input.supersedesId !== null) {
      await this.prisma.agencyArtefact.deleteMany({ where: { artefactId: input.supersedesId } });
    }
    await this.prisma.agencyArtefact.upsert({ where: { artefactId: input.artefactId }, create: { artefactId: input.artefactId, ...values }, update: values });
  }

  /**
   * Adds `delta` evidence files to a stored artefact, never going below zero. Returns false when
   * the artefact is unknown or superseded, whose evidence no longer counts.
   */
  async adjustEvidence(artefactId: string, delta: number): Promise<boolean> {
    checkUuid('artefactId', artefactId);
    const current = await this.prisma.agencyArtefact.findUnique({ where: { artefactId } });

    if (current === null) {
      return false;
    }
    await this.prisma.agencyArtefact.update({ where: { artefactId }, data: { evidenceCount: Math.max(0, current.evidenceCount + delta) } });

    return true;
  }

  /** Returns the evidence files of each agency's latest artefacts in a fiscal year, by agency code. */
  async evidenceByAgency(fiscalYear: number, agencyCode?: string): Promise<Map<string, number>> {
    checkFiscalYear(fiscalYear);
    const groups = await this.prisma.agencyArtefact.groupBy({
      by: ['agencyCode'],
      where: { fiscalYear, ...(agencyCode === undefined ? {} : { agencyCode }) },
      _sum: { evidenceCount: true },
    });

    return new Map(groups.map((group) => [group.agencyCode, group._sum.evidenceCount ?? 0]));
  }
}
