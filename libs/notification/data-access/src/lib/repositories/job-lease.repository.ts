import type { NotificationClient } from '../notification-client';

/** A lease that an instance took, with the last Bangkok date the job finished for. */
export interface JobLeaseGrant {
  name: string;
  holder: string;
  leaseUntil: string;
  /** `YYYY-MM-DD`, or null before the job's first finished run. */
  lastRunOn: string | null;
}

interface LeaseRow {
  name: string;
  holder: string;
  leaseUntil: Date;
  lastRunOn: Date | null;
}

function toGrant(row: LeaseRow): JobLeaseGrant {
  return {
    name: row.name,
    holder: row.holder,
    leaseUntil: row.leaseUntil.toISOString(),
    lastRunOn: row.lastRunOn === null ? null : row.lastRunOn.toISOString().slice(0, 10),
  };
}

/**
 * Leases that let one instance at a time run a scheduled job. A lease is free when its row does not
 * exist yet or its leaseUntil has passed, so a crashed holder blocks the job only until then.
 */
export class JobLeaseRepository {
  constructor(private readonly prisma: NotificationClient) {}

  /**
   * Takes the lease for `ttlMs` milliseconds when it is free or already held by `holder`, and
   * returns it. Returns null while another holder has it. One INSERT … ON CONFLICT DO UPDATE … WHERE
   * decides, so two instances that ask at the same time never both get it.
   */
  async acquire(name: string, holder: string, ttlMs: number): Promise<JobLeaseGrant | null> {
    const rows = await this.prisma.$queryRaw<LeaseRow[]>`
      INSERT INTO "JobLease" ("name", "holder", "leaseUntil", "updatedAt")
      VALUES (${name}, ${holder}, now() + make_interval(secs => ${ttlMs / 1000}), now())
      ON CONFLICT ("name") DO UPDATE
        SET "holder" = EXCLUDED."holder", "leaseUntil" = EXCLUDED."leaseUntil", "updatedAt" = now()
        WHERE "JobLease"."holder" = EXCLUDED."holder" OR "JobLease"."leaseUntil" < now()
      RETURNING "name", "holder", "leaseUntil", "lastRunOn"`;

    const [row] = rows;

    return row === undefined ? null : toGrant(row);
  }

  /** Ends `holder`'s lease now, so another instance may take it at once. */
  async release(name: string, holder: string): Promise<void> {
    await this.prisma.$executeRaw`
      UPDATE "JobLease" SET "leaseUntil" = now(), "updatedAt" = now()
      WHERE "name" = ${name} AND "holder" = ${holder}`;
  }

  /**
   * Records that the job finished for a Bangkok date. An earlier date never replaces a later one,
   * so a run for a past date does not make the next run repeat days. Returns false when `holder`
   * no longer holds the lease.
   */
  async recordRun(name: string, holder: string, runOn: string): Promise<boolean> {
    const updated = await this.prisma.$executeRaw`
      UPDATE "JobLease"
      SET "lastRunOn" = GREATEST(COALESCE("lastRunOn", ${runOn}::date), ${runOn}::date), "updatedAt" = now()
      WHERE "name" = ${name} AND "holder" = ${holder}`;

    return updated > 0;
  }

  /** Returns the lease of a job, or null before any instance took it. */
  async get(name: string): Promise<JobLeaseGrant | null> {
    const row = await this.prisma.jobLease.findUnique({ where: { name } });

    return row === null ? null : toGrant(row);
  }
}
