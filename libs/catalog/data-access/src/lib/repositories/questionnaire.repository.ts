import { isUniqueViolation, toJson, writeChangeLog, writeTransactionOptions, type AuditContext } from '@bma-kpi/database';
import type { QuestionnaireContent } from '@bma-kpi/catalog-domain';
import type { AssessmentKind, Prisma, PrismaClient } from '../../generated/prisma/client';
import { QuestionnaireVersionTakenError } from '../catalog-errors';
import type { QuestionnaireRecord } from './assessment.types';

type QuestionnaireRow = Prisma.QuestionnaireGetPayload<object>;

/** Maps a stored questionnaire row to its record. */
export function toQuestionnaireRecord(row: QuestionnaireRow): QuestionnaireRecord {
  const content = row.content as unknown as { components: QuestionnaireContent['components'] };

  return {
    id: row.id,
    kind: row.kind,
    version: row.version,
    titleTh: row.titleTh,
    titleEn: row.titleEn,
    content: { titleTh: row.titleTh, titleEn: row.titleEn, components: content.components },
    contentSha256: row.contentSha256,
    source: row.source === 'default' ? 'default' : 'custom',
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Stores questionnaire versions. A version is never updated: a change is a new version. */
export class QuestionnaireRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /**
   * Inserts the next version of the kind's questionnaire. Throws QuestionnaireVersionTakenError when
   * a concurrent publish took the same version number, and then the caller may retry.
   */
  async publish(
    kind: AssessmentKind,
    content: QuestionnaireContent,
    source: 'default' | 'custom',
    contentSha256: string,
    audit: AuditContext,
  ): Promise<QuestionnaireRecord> {
    try {
      return await this.prisma.$transaction(async (tx) => {
        const latest = await tx.questionnaire.findFirst({ where: { kind }, orderBy: { version: 'desc' }, select: { version: true } });
        const version = (latest?.version ?? 0) + 1;
        const row = await tx.questionnaire.create({
          data: {
            kind,
            version,
            titleTh: content.titleTh,
            titleEn: content.titleEn,
            content: toJson({ components: content.components }),
            contentSha256,
            source,
            createdBy: audit.actor,
          },
        });

        await writeChangeLog(tx, {
          entity: 'Questionnaire',
          entityId: row.id,
          action: 'create',
          ...audit,
          changes: { kind: { from: null, to: kind }, version: { from: null, to: version }, source: { from: null, to: source } },
        });

        return toQuestionnaireRecord(row);
      }, writeTransactionOptions);
    } catch (error) {
      throw isUniqueViolation(error) ? new QuestionnaireVersionTakenError(kind) : error;
    }
  }

  /** Returns the newest version of the kind, or null when none is published. */
  async latest(kind: AssessmentKind): Promise<QuestionnaireRecord | null> {
    const row = await this.prisma.questionnaire.findFirst({ where: { kind }, orderBy: { version: 'desc' } });

    return row === null ? null : toQuestionnaireRecord(row);
  }

  async get(id: string): Promise<QuestionnaireRecord | null> {
    const row = await this.prisma.questionnaire.findUnique({ where: { id } });

    return row === null ? null : toQuestionnaireRecord(row);
  }

  /** Lists versions, newest first, of one kind or of all kinds. */
  async list(kind?: AssessmentKind): Promise<QuestionnaireRecord[]> {
    const rows = await this.prisma.questionnaire.findMany({
      where: kind === undefined ? {} : { kind },
      orderBy: [{ kind: 'asc' }, { version: 'desc' }],
    });

    return rows.map(toQuestionnaireRecord);
  }
}
