import type { NotificationLanguage } from './display-format';

/** Thai and English wording of one code. */
type LabelText = Readonly<Record<NotificationLanguage, string>>;

/**
 * Wording of the codes that `label` variables carry, by variable and code. The codes are the ones
 * the catalog events use, so a new code there fails rendering until it is added here.
 */
export const TEMPLATE_LABELS: Readonly<Record<string, Readonly<Record<string, LabelText>>>> = {
  assessmentKind: {
    readiness: {
      th: 'การประเมินความพร้อมด้านธรรมาภิบาลข้อมูล',
      en: 'data governance readiness assessment',
    },
    security: {
      th: 'การประเมินความมั่นคงปลอดภัยของข้อมูล',
      en: 'data security assessment',
    },
  },
  reviewDecision: {
    accept: { th: 'ผ่านการพิจารณา', en: 'accepted' },
    reject: { th: 'ไม่ผ่านการพิจารณา', en: 'rejected' },
  },
};

/** Wording of blank optional text and of a score that could not be computed. */
export const PLACEHOLDER_TEXT = {
  optionalText: { th: 'ไม่ระบุ', en: 'none given' },
  score: { th: 'ไม่มีคะแนน', en: 'not scored' },
} as const satisfies Record<string, LabelText>;

/** Value of a `score` variable for a score that could not be computed. */
export const NO_SCORE = 'none';

/**
 * Returns the wording of a label code in a language. Throws a RangeError for a variable without
 * labels or an unknown code.
 */
export function labelText(variable: string, code: string, language: NotificationLanguage): string {
  const text = Object.hasOwn(TEMPLATE_LABELS, variable) && Object.hasOwn(TEMPLATE_LABELS[variable], code)
    ? TEMPLATE_LABELS[variable][code]
    : undefined;

  if (text === undefined) {
    throw new RangeError(`Unknown ${variable} "${code}".`);
  }

  return text[language];
}
