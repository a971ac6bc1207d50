import { Prisma, type PrismaClient } from '../../generated/prisma/client';
import type { IndicatorDetail, IndicatorScoringRecord, IndicatorSummary } from './indicator.types';
import { maxPlanDepth } from './plan.repository';

// The text forms match what the Prisma mappers produce: `trim_scale(x)::text` is Decimal#toFixed()
// of a Decimal(20, 4) value, and the timestamp format is Date#toISOString() for years 0–9999.
const decimalText = (column: Prisma.Sql): Prisma.Sql => Prisma.sql`trim_scale(${column})::text`;
const instantText = (column: Prisma.Sql): Prisma.Sql => Prisma.sql`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const agencyObject = Prisma.sql`(SELECT json_build_object('id', a.id::text, 'code', a.code, 'nameTh', a."nameTh", 'nameEn', a."nameEn")
  FROM "Agency" a WHERE a.id = i."agencyId")`;

// Walks up from the indicator's node and stops at a node already visited, so a cycle written by
// hand ends the path as planPathsOf does. Root first.
const planPathArray = Prisma.sql`(WITH RECURSIVE ancestor AS (
    SELECT n.id, n."parentId", 0 AS depth, ARRAY[n.id] AS visited FROM "PlanNode" n WHERE n.id = i."planNodeId"
    UNION ALL
    SELECT p.id, p."parentId", a.depth + 1, a.visited || p.id FROM "PlanNode" p JOIN ancestor a ON p.id = a."parentId"
    WHERE a.depth < ${maxPlanDepth} AND NOT p.id = ANY(a.visited)
  )
  SELECT COALESCE(json_agg(json_build_object('id', n.id::text, 'code', n.code, 'level', n.level::text, 'nameTh', n."nameTh", 'nameEn', n."nameEn")
    ORDER BY a.depth DESC), '[]')
  FROM ancestor a JOIN "PlanNode" n ON n.id = a.id JOIN "PlanEdition" e ON e.id = n."editionId")`;

const quarterTargetArray = Prisma.sql`(SELECT COALESCE(json_agg(json_build_object(
    'quarter', q.quarter, 'plannedValue', ${decimalText(Prisma.sql`q."plannedValue"`)},
    'assessmentScore', ${decimalText(Prisma.sql`q."assessmentScore"`)}, 'pairRaw', q."pairRaw") ORDER BY q.quarter), '[]')
  FROM "QuarterTarget" q WHERE q."indicatorId" = i.id)`;

// Same order as progressOrder: report date (undated last), then creation time, then id.
const progressArray = Prisma.sql`(SELECT COALESCE(json_agg(json_build_object(
    'id', p.id::text, 'indicatorId', p."indicatorId"::text, 'reportDate', to_char(p."reportDate", 'YYYY-MM-DD'),
    'fiscalYear', p."fiscalYear", 'quarter', p.quarter, 'rawDate', p."rawDate", 'dateAmbiguous', p."dateAmbiguous",
    'sectionQuarter', p."sectionQuarter", 'value', ${decimalText(Prisma.sql`p.value`)}, 'text', p.text, 'rawText', p."rawText",
    'fingerprint', p.fingerprint, 'source', p.source::text, 'createdBy', p."createdBy", 'createdAt', ${instantText(Prisma.sql`p."createdAt"`)})
    ORDER BY p."reportDate" ASC NULLS LAST, p."createdAt" ASC, p.id ASC), '[]')
  FROM "ProgressReport" p WHERE p."indicatorId" = i.id)`;

// What scoring reads of each note, in the same order as progressArray.
const scoringProgressArray = Prisma.sql`(SELECT COALESCE(json_agg(json_build_object(
    'id', p.id::text, 'reportDate', to_char(p."reportDate", 'YYYY-MM-DD'), 'fiscalYear', p."fiscalYear", 'quarter', p.quarter,
    'sectionQuarter', p."sectionQuarter", 'value', ${decimalText(Prisma.sql`p.value`)}, 'text', p.text,
    'createdAt', ${instantText(Prisma.sql`p."createdAt"`)})
    ORDER BY p."reportDate" ASC NULLS LAST, p."createdAt" ASC, p.id ASC), '[]')
  FROM "ProgressReport" p WHERE p."indicatorId" = i.id)`;

const planNodeObject = Prisma.sql`(SELECT json_build_object('id', n.id::text, 'code', n.code, 'level', n.level::text, 'nameTh', n."nameTh", 'nameEn', n."nameEn")
  FROM "PlanNode" n WHERE n.id = i."planNodeId")`;

/**
 * Reads an indicator with its agency, plan path (root first), quarter targets and progress notes
 * in one statement, or null. PostgreSQL builds the whole record as JSON, so one round trip replaces
 * one query per relation and Prisma maps no rows.
 */
export async function queryIndicatorDetail(client: Prisma.TransactionClient | PrismaClient, id: string): Promise<IndicatorDetail | null> {
  const rows = await client.$queryRaw<{ detail: IndicatorDetail }[]>`
    SELECT json_build_object(
      'id', i.id::text, 'code', i.code, 'codeNormalized', i."codeNormalized", 'title', i.title, 'familyNumber', i."familyNumber",
      'kpiType', i."kpiType"::text, 'resultLevel', i."resultLevel"::text, 'unit', i.unit, 'fiscalYear', i."fiscalYear",
      'agency', ${agencyObject},
      'targetValue', ${decimalText(Prisma.sql`i."targetValue"`)}, 'actualValue', ${decimalText(Prisma.sql`i."actualValue"`)},
      'version', i.version, 'updatedAt', ${instantText(Prisma.sql`i."updatedAt"`)},
      'typeRaw', i."typeRaw", 'decimals', i.decimals, 'direction', i.direction::text, 'planNodeId', i."planNodeId"::text,
      'planPath', ${planPathArray},
      'assessment', i.assessment, 'definitions', i.definitions, 'calculation', i.calculation, 'verification', i.verification,
      'createdBy', i."createdBy", 'updatedBy', i."updatedBy", 'createdAt', ${instantText(Prisma.sql`i."createdAt"`)},
      'quarterTargets', ${quarterTargetArray},
      'progress', ${progressArray}
    ) AS detail
    FROM "Indicator" i WHERE i.id = CAST(${id} AS uuid)`;

  return rows[0]?.detail ?? null;
}

/** Reads one indicator with what scoring reads (IndicatorRepository.listScoring's record) in one statement, or null. */
export async function queryScoringIndicator(client: Prisma.TransactionClient | PrismaClient, id: string): Promise<IndicatorScoringRecord | null> {
  const rows = await client.$queryRaw<{ scoring: IndicatorScoringRecord }[]>`
    SELECT json_build_object(
      'id', i.id::text, 'fiscalYear', i."fiscalYear", 'kpiType', i."kpiType"::text, 'unit', i.unit,
      'agency', ${agencyObject},
      'targetValue', ${decimalText(Prisma.sql`i."targetValue"`)}, 'actualValue', ${decimalText(Prisma.sql`i."actualValue"`)},
      'decimals', i.decimals, 'direction', i.direction::text,
      'planPath', ${planPathArray},
      'quarterTargets', ${quarterTargetArray},
      'progress', ${scoringProgressArray}
    ) AS scoring
    FROM "Indicator" i WHERE i.id = CAST(${id} AS uuid)`;

  return rows[0]?.scoring ?? null;
}

/** Reads one indicator as listings show it (agency and plan node) in one statement, or null. */
export async function queryIndicatorSummary(client: Prisma.TransactionClient | PrismaClient, id: string): Promise<IndicatorSummary | null> {
  const rows = await client.$queryRaw<{ summary: IndicatorSummary }[]>`
    SELECT json_build_object(
      'id', i.id::text, 'code', i.code, 'codeNormalized', i."codeNormalized", 'title', i.title, 'familyNumber', i."familyNumber",
      'kpiType', i."kpiType"::text, 'resultLevel', i."resultLevel"::text, 'unit', i.unit, 'fiscalYear', i."fiscalYear",
      'agency', ${agencyObject}, 'planNode', ${planNodeObject},
      'targetValue', ${decimalText(Prisma.sql`i."targetValue"`)}, 'actualValue', ${decimalText(Prisma.sql`i."actualValue"`)},
      'version', i.version, 'updatedAt', ${instantText(Prisma.sql`i."updatedAt"`)}
    ) AS summary
    FROM "Indicator" i WHERE i.id = CAST(${id} AS uuid)`;

  return rows[0]?.summary ?? null;
}
