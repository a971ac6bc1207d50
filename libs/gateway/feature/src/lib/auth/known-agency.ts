import { IndicatorsSubjects } from '@bma-kpi/contracts-indicators';
import { ValidationFailedException } from '@bma-kpi/errors';

import type { IndicatorsClient } from '../clients/indicators.client';

/**
 * Rejects with 400 an agency code that is not in the indicators service's agency list, so that a
 * key or token limited to a mistyped agency cannot be issued and then fail every write.
 */
export async function assertKnownAgency(indicators: IndicatorsClient, code: string, field: string): Promise<void> {
  // The list search matches codes as well as names, so one short page contains the code when it exists.
  const matches = await indicators.request(IndicatorsSubjects.agencyList, { q: code, pageSize: 100 });

  if (!matches.items.some((agency) => agency.code === code)) {
    throw new ValidationFailedException([
      {
        field,
        rule: 'knownAgency',
        messageTh: `ไม่พบรหัสหน่วยงาน ${code} ในรายชื่อหน่วยงานของกรุงเทพมหานคร ดูรหัสที่ถูกต้องได้ที่ GET /api/v1/agencies`,
        messageEn: `agency ${code} is not in the BMA agency list; see GET /api/v1/agencies for valid codes`,
      },
    ]);
  }
}
