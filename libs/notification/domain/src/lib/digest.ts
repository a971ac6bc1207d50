import { type DateInput, toBangkokIsoDate } from '@bma-kpi/util-thai';

import { type NotificationLanguage, formatDisplayDate } from './display-format';
import type { NotificationKind } from './notification-kinds';
import type { RenderedMessage } from './templates.data';
import { type TemplateVariables, renderTemplate } from './templates';

/** One notification held for the daily digest. */
export interface DigestItem {
  kind: NotificationKind;
  /** The variables the notification's template needs, as for renderTemplate. */
  variables: TemplateVariables;
  /** When the notification was raised: an ISO date, an ISO instant with an offset, or a Date. */
  occurredAt: DateInput;
}

interface DigestLine {
  date: string;
  subject: string;
  link: string | null;
}

const DIGEST_TEXTS = {
  th: {
    subject: (count: number) => `สรุปการแจ้งเตือนประจำวัน จำนวน ${count} รายการ`,
    heading: (count: number) => `การแจ้งเตือนที่รวบรวมไว้ จำนวน ${count} รายการ ดังนี้`,
  },
  en: {
    subject: (count: number) => `Daily notification digest: ${count} ${plural(count)}`,
    heading: (count: number) => `You have ${count} ${plural(count)}:`,
  },
} as const;

/**
 * Builds one e-mail that lists the held notifications, oldest first: each one's date (Buddhist
 * era in Thai), its rendered subject and its link when it has one. Subject and heading give the
 * count. Throws a RangeError for an empty list or an invalid date, and the errors of
 * renderTemplate for an item whose variables do not fit its template.
 */
export function buildDigest(
  items: readonly DigestItem[],
  language: NotificationLanguage,
): RenderedMessage {
  if (items.length === 0) {
    throw new RangeError(
      'Invalid digest: expected at least one item, because an empty digest is not sent.',
    );
  }
  const lines = items
    .map((item): DigestLine => toDigestLine(item, language))
    // Array.prototype.sort is stable, so items of one day keep their given order.
    .sort((a, b) => a.date.localeCompare(b.date));
  const texts = DIGEST_TEXTS[language];
  const body = lines.map((line) => {
    const entry = `- ${formatDisplayDate(line.date, language)}: ${line.subject}`;

    return line.link === null ? entry : `${entry}\n  ${line.link}`;
  });

  return {
    subject: texts.subject(items.length),
    text: [texts.heading(items.length), '', ...body].join('\n'),
  };
}

function toDigestLine(item: DigestItem, language: NotificationLanguage): DigestLine {
  const link = Object.hasOwn(item.variables, 'link') ? String(item.variables.link) : '';

  return {
    date: toBangkokIsoDate(item.occurredAt),
    subject: renderTemplate(item.kind, language, item.variables).subject,
    link: link.trim() === '' ? null : link,
  };
}

function plural(count: number): string {
  return count === 1 ? 'notification' : 'notifications';
}
