import { insertOutboxEvents, toJson, writeTransactionOptions } from '@bma-kpi/database';
import type { OutboxMessage } from '@bma-kpi/messaging';

import type { PrismaClient } from '../../generated/prisma/client';
import { toQualityAssessmentRecord } from './quality-record.mapper';
import type { QualityAssessmentRecord, QualityJobInput, QualityOutcome } from './quality.types';

/** Findings written per INSERT, so one statement stays well below PostgreSQL's 65,535 parameters. */
const findingsPerInsert = 1000;

/** A job that an instance claimed, or null when none is waiting. */
export type ClaimedJob = QualityAssessmentRecord | null;

/**
 * Queue of data quality assessment jobs in the catalog database. Instances claim jobs with a
 * lease: a claimed job stays `running` under its owner until the lease ends, and a job whose
 * lease ended (its instance died) can be claimed again.
 */
export class QualityJobRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /**
   * Queues an assessment of the resource's file, unless one is already queued or running for the
   * resource: then returns that one with `created: false`. Locking the resource row first makes
   * two concurrent requests for one resource queue a single job.
   */
  async enqueue(input: QualityJobInput): Promise<{ job: QualityAssessmentRecord; created: boolean }> {
    return this.prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Resource" WHERE id = ${input.resourceId}::uuid FOR UPDATE`;
      const active = await tx.qualityAssessment.findFirst({
        where: { resourceId: input.resourceId, status: { in: ['queued', 'running'] } },
        orderBy: { createdAt: 'asc' },
      });

      if (active !== null) {
        return { job: toQualityAssessmentRecord(active), created: false };
      }
      const created = await tx.qualityAssessment.create({ data: { ...input, bytesTotal: BigInt(input.bytesTotal) } });

      return { job: toQualityAssessmentRecord(created), created: true };
    }, writeTransactionOptions);
  }

  /**
   * Claims the oldest queued job, or a running one whose lease ended, for `leaseSeconds`. Jobs
   * already claimed `maxAttempts` times whose lease ended are failed first, so a file that
   * crashes every instance is not retried forever. FOR UPDATE SKIP LOCKED lets instances claim
   * different jobs at the same moment.
   */
  async claimNext(owner: string, leaseSeconds: number, maxAttempts: number): Promise<ClaimedJob> {
    await this.prisma.$executeRaw`
      UPDATE "QualityAssessment"
      SET status = 'failed', "finishedAt" = now(), "leaseOwner" = NULL, "leaseUntil" = NULL,
          "errorMessage" = ${`The assessment stopped ${maxAttempts} times before it finished; check the file and start it again.`}
      WHERE status = 'running' AND "leaseUntil" < now() AND attempts >= ${maxAttempts}`;
    const claimed = await this.prisma.$queryRaw<{ id: string }[]>`
      UPDATE "QualityAssessment" AS q
      SET status = 'running', "leaseOwner" = ${owner}, "leaseUntil" = now() + make_interval(secs => ${leaseSeconds}),
          attempts = q.attempts + 1, "startedAt" = now(), "rowsProcessed" = 0, "bytesRead" = 0
      FROM (
        SELECT id FROM "QualityAssessment"
        WHERE status = 'queued' OR (status = 'running' AND "leaseUntil" < now())
        ORDER BY "createdAt"
        LIMIT 1
        FOR UPDATE SKIP LOCKED
      ) AS picked
      WHERE q.id = picked.id
      RETURNING q.id::text AS id`;

    if (claimed.length === 0) {
      return null;
    }
    const row = await this.prisma.qualityAssessment.findUniqueOrThrow({ where: { id: claimed[0].id } });

    return toQualityAssessmentRecord(row);
  }

  /** Stores progress and extends the lease; returns false when the owner lost the job to another instance. */
  async reportProgress(id: string, owner: string, rowsProcessed: number, bytesRead: number, leaseSeconds: number): Promise<boolean> {
    const updated = await this.prisma.$executeRaw`
      UPDATE "QualityAssessment"
      SET "rowsProcessed" = ${rowsProcessed}, "bytesRead" = ${bytesRead}, "leaseUntil" = now() + make_interval(secs => ${leaseSeconds})
      WHERE id = ${id}::uuid AND status = 'running' AND "leaseOwner" = ${owner}`;

    return updated === 1;
  }

  /**
   * Stores the scores, counts and kept findings of a finished job and its events, in one
   * transaction. Returns null, storing nothing, when the owner lost the job to another instance.
   */
  async complete(id: string, owner: string, outcome: QualityOutcome, events: (job: QualityAssessmentRecord) => OutboxMessage[]): Promise<QualityAssessmentRecord | null> {
    return this.prisma.$transaction(async (tx) => {
      const { scores } = outcome;
      const updated = await tx.qualityAssessment.updateMany({
        where: { id, status: 'running', leaseOwner: owner },
        data: {
          status: 'done', leaseOwner: null, leaseUntil: null, finishedAt: new Date(),
          completeness: scores.completeness, validity: scores.validity, uniqueness: scores.uniqueness,
          encoding: scores.encoding, timeliness: scores.timeliness, overall: scores.overall,
          counts: toJson(outcome.counts), findingsTotal: outcome.counts.findings, reportSha256: outcome.reportSha256,
          rowsProcessed: outcome.rowsProcessed, bytesRead: BigInt(outcome.bytesRead),
        },
      });

      if (updated.count === 0) {
        return null;
      }
      for (let start = 0; start < outcome.findings.length; start += findingsPerInsert) {
        await tx.qualityFinding.createMany({
          data: outcome.findings.slice(start, start + findingsPerInsert).map((finding, offset) => ({ ...finding, assessmentId: id, position: start + offset })),
        });
      }
      const job = toQualityAssessmentRecord(await tx.qualityAssessment.findUniqueOrThrow({ where: { id } }));

      await insertOutboxEvents(tx, events(job));

      return job;
    }, { ...writeTransactionOptions, timeout: 120_000 });
  }

  /** Marks a job failed with the reason; returns false when the owner lost the job to another instance. */
  async fail(id: string, owner: string, errorMessage: string): Promise<boolean> {
    const updated = await this.prisma.qualityAssessment.updateMany({
      where: { id, status: 'running', leaseOwner: owner },
      data: { status: 'failed', leaseOwner: null, leaseUntil: null, finishedAt: new Date(), errorMessage: errorMessage.slice(0, 2000) },
    });

    return updated.count === 1;
  }
}
