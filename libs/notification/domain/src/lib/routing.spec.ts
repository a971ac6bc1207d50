import { type RoutingRecipient, isInAudience, routeNotice } from './routing';

function recipient(overrides: Partial<RoutingRecipient> & Pick<RoutingRecipient, 'id'>): RoutingRecipient {
  return {
    type: 'user',
    agencyCode: null,
    audiences: [],
    email: null,
    language: 'th',
    dailyDigest: false,
    mutedKinds: {},
    subscriptions: [],
    webhooks: [],
    ...overrides,
  };
}

const reporter = recipient({ id: 'u-reporter', agencyCode: '0411', audiences: ['agency'], email: 'reporter@example.org' });
const head = recipient({ id: 'u-head', agencyCode: '0411', audiences: ['agencyHead'], email: 'head@example.org', language: 'en' });
const otherAgency = recipient({ id: 'u-other', agencyCode: '0500', audiences: ['agency'], email: 'other@example.org' });
const evaluator = recipient({ id: 'u-eval', audiences: ['evaluator'] });

describe('isInAudience', () => {
  it('takes agency staff of the notice\'s agency only', () => {
    const notice = { kind: 'progressOverdue', agencyCode: '0411' } as const;

    expect([reporter, head, otherAgency, evaluator].map((r) => isInAudience(r, notice))).toEqual([true, false, false, false]);
  });

  it('takes evaluators whatever the agency', () => {
    expect(isInAudience(evaluator, { kind: 'evaluationSubmitted', agencyCode: '0500' })).toBe(true);
  });

  it('takes every agency head for a notice about no one agency', () => {
    const notice = { kind: 'roundSignedOff', agencyCode: null } as const;

    expect([head, reporter].map((r) => isInAudience(r, notice))).toEqual([true, false]);
  });
});

describe('routeNotice', () => {
  it('sends to audience members on the inbox and e-mail, in their language', () => {
    const routes = routeNotice({ kind: 'progressOverdueEscalation', agencyCode: '0411' }, [reporter, head, otherAgency], true);

    expect(routes).toEqual([
      { recipientId: 'u-head', language: 'en', inbox: true, deliveries: [{ channel: 'email', target: 'head@example.org', timing: 'now' }] },
    ]);
  });

  it('drops e-mail when no SMTP server is configured, keeping the inbox', () => {
    const [route] = routeNotice({ kind: 'progressOverdue', agencyCode: '0411' }, [reporter], false);

    expect(route).toMatchObject({ inbox: true, deliveries: [] });
  });

  it('keeps a critical kind on every channel although the recipient muted it', () => {
    const muted = { ...reporter, mutedKinds: { progressOverdue: { email: false, inbox: false } } };
    const [route] = routeNotice({ kind: 'progressOverdue', agencyCode: '0411' }, [muted], true);

    expect(route).toMatchObject({ inbox: true, deliveries: [{ channel: 'email', timing: 'now' }] });
  });

  it('drops a muted non-critical kind on that channel only', () => {
    const muted = { ...reporter, mutedKinds: { progressDueReminder: { email: false } } };
    const [route] = routeNotice({ kind: 'progressDueReminder', agencyCode: '0411' }, [muted], true);

    expect(route).toMatchObject({ inbox: true, deliveries: [] });
  });

  it('holds non-critical e-mail for the daily digest but not critical e-mail', () => {
    const digest = { ...reporter, dailyDigest: true };

    expect(routeNotice({ kind: 'progressDueReminder', agencyCode: '0411' }, [digest], true)[0]?.deliveries).toEqual([
      { channel: 'email', target: 'reporter@example.org', timing: 'digest' },
    ]);
    expect(routeNotice({ kind: 'evaluationCorrectionRequested', agencyCode: '0411' }, [digest], true)[0]?.deliveries[0]?.timing).toBe('now');
  });

  it('adds subscriptions outside the audience, matching kind and agency or `*`', () => {
    const watcher = recipient({
      id: 'u-watch',
      email: 'watch@example.org',
      subscriptions: [
        { agencyCode: '0411', kind: 'evaluationScored', channel: 'email' },
        { agencyCode: '*', kind: '*', channel: 'inbox' },
      ],
    });

    expect(routeNotice({ kind: 'evaluationScored', agencyCode: '0411' }, [watcher], true)[0]).toMatchObject({ inbox: true, deliveries: [{ channel: 'email' }] });
    expect(routeNotice({ kind: 'evaluationScored', agencyCode: '0500' }, [watcher], true)[0]).toMatchObject({ inbox: true, deliveries: [] });
  });

  it('sends matching webhooks, no client inbox', () => {
    const client = recipient({
      id: 'c-plans',
      type: 'client',
      audiences: ['integration'],
      webhooks: [
        { id: 'w-all', kinds: [], agencyCodes: [], active: true },
        { id: 'w-0500', kinds: [], agencyCodes: ['0500'], active: true },
        { id: 'w-off', kinds: [], agencyCodes: [], active: false },
        { id: 'w-other-kind', kinds: ['roundSignedOff'], agencyCodes: [], active: true },
      ],
    });
    const [route] = routeNotice({ kind: 'evaluationScored', agencyCode: '0411' }, [client], true);

    expect(route).toEqual({ recipientId: 'c-plans', language: 'th', inbox: false, deliveries: [{ channel: 'webhook', target: 'w-all', timing: 'now' }] });
  });

  it('leaves out a recipient with nothing to receive', () => {
    expect(routeNotice({ kind: 'evaluationSubmitted', agencyCode: '0411' }, [reporter, otherAgency], true)).toEqual([]);
  });
});

describe('routeNotice, District Catalog and data governance kinds', () => {
  const districtStaff = recipient({ id: 'u-district', agencyCode: '5037', audiences: ['agency'], email: 'district@example.org' });
  const districtHead = recipient({ id: 'u-district-head', agencyCode: '5037', audiences: ['agencyHead'], email: 'director@example.org' });
  const everyone = [reporter, head, otherAgency, evaluator, districtStaff, districtHead];
  const routedIds = (kind: Parameters<typeof routeNotice>[0]['kind'], agencyCode: string) =>
    routeNotice({ kind, agencyCode }, everyone, true).map((route) => route.recipientId);

  it.each([
    ['districtReportLate', '5037', ['u-district']],
    ['districtReportMissing', '5037', ['u-district', 'u-district-head']],
    ['governanceAssessmentSubmitted', '0411', ['u-eval']],
    ['governanceAssessmentReviewed', '0411', ['u-reporter']],
    ['governanceAssessmentReturned', '0411', ['u-reporter']],
    ['dataQualityAssessed', '0411', ['u-reporter']],
  ] as const)('routes %s about %s', (kind, agencyCode, expected) => {
    expect(routedIds(kind, agencyCode)).toEqual(expected);
  });

  it.each([
    ['districtReportMissing', districtStaff],
    ['governanceAssessmentReturned', reporter],
  ] as const)('keeps muted critical %s', (kind, member) => {
    const muted = { ...member, mutedKinds: { [kind]: { email: false, inbox: false } } };
    const [route] = routeNotice({ kind, agencyCode: member.agencyCode }, [muted], true);

    expect(route).toMatchObject({ inbox: true, deliveries: [{ channel: 'email', timing: 'now' }] });
  });

  it('drops a muted quality notice', () => {
    const muted = { ...reporter, mutedKinds: { dataQualityAssessed: { email: false, inbox: false } } };

    expect(routeNotice({ kind: 'dataQualityAssessed', agencyCode: '0411' }, [muted], true)).toEqual([]);
  });

  it('holds a quality notice for the daily digest', () => {
    const [route] = routeNotice({ kind: 'dataQualityAssessed', agencyCode: '0411' }, [{ ...reporter, dailyDigest: true }], true);

    expect(route?.deliveries).toEqual([{ channel: 'email', target: 'reporter@example.org', timing: 'digest' }]);
  });

  it('sends a missing report at once despite the daily digest', () => {
    const [route] = routeNotice({ kind: 'districtReportMissing', agencyCode: '5037' }, [{ ...districtStaff, dailyDigest: true }], true);

    expect(route?.deliveries).toEqual([{ channel: 'email', target: 'district@example.org', timing: 'now' }]);
  });
});
