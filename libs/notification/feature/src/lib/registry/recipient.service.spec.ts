import { NOTIFICATION_KIND_NAMES } from '@bma-kpi/contracts-notification';
import type { DomainException } from '@bma-kpi/errors';
import { NOTIFICATION_KINDS } from '@bma-kpi/notification-domain';

import { normaliseMutedKinds } from './recipient.service';

describe('NOTIFICATION_KIND_NAMES', () => {
  it('equals the domain kinds', () => {
    expect([...NOTIFICATION_KIND_NAMES]).toEqual([...NOTIFICATION_KINDS]);
  });
});

describe('normaliseMutedKinds', () => {
  it('keeps only the channels switched off', () => {
    expect(normaliseMutedKinds({ evaluationScored: { email: false, inbox: true }, evaluationSubmitted: { webhook: true } })).toEqual({
      evaluationScored: { email: false },
    });
  });

  it('accepts a critical kind switched on', () => {
    expect(normaliseMutedKinds({ progressOverdue: { email: true } })).toEqual({});
  });

  it('rejects every critical kind switched off, naming them', () => {
    let error: DomainException | null = null;

    try {
      normaliseMutedKinds({ progressOverdue: { email: false }, evaluationCorrectionRequested: { inbox: false }, evaluationScored: { email: false } });
    } catch (caught) {
      error = caught as DomainException;
    }

    expect(error?.code).toBe('CRITICAL_KIND_CANNOT_BE_MUTED');
    expect(error?.extra.details).toEqual({ kinds: ['progressOverdue', 'evaluationCorrectionRequested'] });
    expect(error?.messageEn).toContain('progressOverdue, evaluationCorrectionRequested');
    expect(error?.messageTh).toContain('ปิดการแจ้งเตือนประเภท progressOverdue');
  });
});
