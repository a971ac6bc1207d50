import type { TransitionRecord } from '@bma-kpi/evaluation-data-access';
import type { ConsistencyFlag } from '@bma-kpi/evaluation-domain';
import { formatThaiDate, toBangkokIsoDate } from '@bma-kpi/util-thai';

/**
 * Returns a SUBMITTED_LATE flag when the agency's last submission came after the round's entry
 * deadline, both read as Bangkok calendar days, and null otherwise. A late submission is accepted,
 * so that the evaluation can go on, and the flag shows evaluators that it was late.
 */
export function lateSubmissionFlag(steps: readonly TransitionRecord[], entryDeadline: string): ConsistencyFlag | null {
  const submitted = steps.filter((step) => step.action === 'submit').at(-1);
  const day = submitted === undefined ? null : toBangkokIsoDate(submitted.createdAt);

  if (day === null || day <= entryDeadline) {
    return null;
  }

  return {
    code: 'SUBMITTED_LATE',
    messageTh: `หน่วยงานส่งผลเมื่อวันที่ ${formatThaiDate(day)} หลังวันสุดท้ายของการรายงานผล ${formatThaiDate(entryDeadline)}`,
    messageEn: `The agency submitted on ${day}, after the entry deadline of ${entryDeadline}.`,
    progressIds: [],
  };
}
