import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../generated/prisma/client';
import { IndicatorRepository } from '../lib/repositories/indicator.repository';
import type { CreateIndicatorInput, IndicatorDetail } from '../lib/repositories/indicator.types';

/**
 * Creates an indicator through IndicatorRepository as actor `test`, without events. Defaults: fiscal
 * year 2564, a unique code `9999-<n>`, a routine outcome KPI in percent with target 100.
 */
export async function createIndicator(
  prisma: PrismaClient,
  overrides: Partial<CreateIndicatorInput> = {},
): Promise<IndicatorDetail> {
  const number = Number.parseInt(randomUUID().slice(0, 6), 16);
  const input: CreateIndicatorInput = {
    code: `9999-${number}`,
    codeNormalized: `9999-${number}`,
    title: `ตัวชี้วัดทดสอบ ${number}`,
    kpiType: 'routine',
    resultLevel: 'outcome',
    unit: 'ร้อยละ',
    fiscalYear: 2564,
    targetValue: '100',
    ...overrides,
  };

  return new IndicatorRepository(prisma).create(input, 'test', null, []);
}
