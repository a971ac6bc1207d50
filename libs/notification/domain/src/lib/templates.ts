import {
  type NotificationLanguage,
  formatDisplayDate,
  formatDisplayFiscalYear,
  formatDisplayMonth,
} from './display-format';
import { type NotificationKind, assertNotificationKind } from './notification-kinds';
import {
  TEMPLATE_VARIABLE_TYPES,
  type TemplateVariable,
  type TemplateVariableType,
} from './template-variables';
import { NO_SCORE, PLACEHOLDER_TEXT, labelText } from './template-labels';
import { NOTIFICATION_TEMPLATES, type RenderedMessage } from './templates.data';

/** Values of template variables by name. Names that the template does not declare are ignored. */
export type TemplateVariables = Readonly<Record<string, string | number>>;

/** Raised when a render request lacks variables that the kind's template declares. */
export class MissingTemplateVariableError extends Error {
  override readonly name = 'MissingTemplateVariableError';

  constructor(
    readonly kind: NotificationKind,
    readonly language: NotificationLanguage,
    readonly missing: readonly string[],
  ) {
    super(
      `Missing template variables for ${kind} (${language}): ${missing.join(', ')}. ` +
        'Pass a non-empty value for each.',
    );
  }
}

/** Raised when a variable's value does not fit its declared type, for example a malformed date. */
export class InvalidTemplateVariableError extends Error {
  override readonly name = 'InvalidTemplateVariableError';

  constructor(
    readonly kind: NotificationKind,
    readonly variable: string,
    readonly value: string | number,
    expected: string,
  ) {
    super(
      `Invalid value ${JSON.stringify(value)} for template variable ${variable} of ${kind}: ` +
        `expected ${expected}.`,
    );
  }
}

const PLACEHOLDER = /\{\{([A-Za-z][A-Za-z0-9]*)\}\}/g;
const DECIMAL = /^-?\d+(?:\.\d+)?$/;
const LINE_BREAKS = /\s*[\r\n\u2028\u2029]+\s*/g;

const EXPECTED_BY_TYPE: Readonly<Record<TemplateVariableType, string>> = {
  text: 'text',
  date: 'an ISO date YYYY-MM-DD',
  month: 'a month YYYY-MM',
  number: 'a finite decimal number',
  fiscalYear: 'a Buddhist-era fiscal year from 2484',
  score: `a finite decimal number or "${NO_SCORE}"`,
  label: 'a known code',
  optionalText: 'text',
};

/** Returns the variables a kind's template declares, with their types. */
export function templateVariablesOf(
  kind: NotificationKind,
): readonly { name: TemplateVariable; type: TemplateVariableType }[] {
  assertNotificationKind(kind);

  return NOTIFICATION_TEMPLATES[kind].variables.map((name) => ({
    name,
    type: TEMPLATE_VARIABLE_TYPES[name],
  }));
}

/**
 * Renders the subject and plain-text body of a notification. Dates, months and fiscal years are
 * shown in the Buddhist era in Thai and in the Christian era in English. Values are inserted as
 * plain text in one pass, so a value that contains `{{…}}` stays as it is, and line breaks in a
 * value become spaces in the subject, where they could start a new mail header. The output is
 * not HTML, so an HTML channel must escape it.
 * Throws MissingTemplateVariableError listing every declared variable that is absent, null or
 * blank (blank is allowed for `optionalText`), InvalidTemplateVariableError for a value that does not fit its type, and a RangeError
 * for an unknown kind or language.
 */
export function renderTemplate(
  kind: NotificationKind,
  language: NotificationLanguage,
  variables: TemplateVariables,
): RenderedMessage {
  assertNotificationKind(kind);
  if (language !== 'th' && language !== 'en') {
    throw new RangeError(`Unknown notification language "${String(language)}": expected th or en.`);
  }
  const template = NOTIFICATION_TEMPLATES[kind];
  const missing = template.variables.filter((name) => isMissing(variables, name, TEMPLATE_VARIABLE_TYPES[name]));

  if (missing.length > 0) {
    throw new MissingTemplateVariableError(kind, language, missing);
  }
  const formattedValues = new Map<string, string>(
    template.variables.map((name) => [name, formatVariable(kind, language, name, variables[name])]),
  );
  const fill = (text: string, inSubject: boolean): string =>
    text.replace(PLACEHOLDER, (_placeholder, name: string) => {
      const value = formattedValues.get(name);

      if (value === undefined) {
        // Only a template edit can cause this, and the template spec renders every template.
        throw new Error(`Template ${kind} (${language}) uses undeclared variable ${name}.`);
      }

      return inSubject ? value.replace(LINE_BREAKS, ' ') : value;
    });

  return {
    subject: fill(template[language].subject, true),
    text: fill(template[language].text, false),
  };
}

function isMissing(variables: TemplateVariables, name: string, type: TemplateVariableType): boolean {
  // Object.hasOwn keeps inherited names such as `constructor` from counting as given.
  if (!Object.hasOwn(variables, name)) {
    return true;
  }
  const value: unknown = variables[name];
  const blank = typeof value === 'string' && value.trim() === '';

  return value === undefined || value === null || (blank && type !== 'optionalText');
}

function formatVariable(
  kind: NotificationKind,
  language: NotificationLanguage,
  name: TemplateVariable,
  value: string | number,
): string {
  const type = TEMPLATE_VARIABLE_TYPES[name];

  try {
    return type === 'label'
      ? labelText(name, requireString(value), language)
      : formatByType(type, language, value);
  } catch (error) {
    if (error instanceof RangeError) {
      throw new InvalidTemplateVariableError(kind, name, value, EXPECTED_BY_TYPE[type]);
    }
    throw error;
  }
}

/** Formats one value by its type. Throws a RangeError when the value does not fit the type. */
function formatByType(
  type: Exclude<TemplateVariableType, 'label'>,
  language: NotificationLanguage,
  value: string | number,
): string {
  switch (type) {
    case 'text':
      return String(value);
    case 'number':
      return formatNumber(value);
    case 'date':
      return formatDisplayDate(requireString(value), language);
    case 'month':
      return formatDisplayMonth(requireString(value), language);
    case 'fiscalYear':
      return formatDisplayFiscalYear(Number(formatNumber(value)), language);
    case 'score':
      return value === NO_SCORE ? PLACEHOLDER_TEXT.score[language] : formatNumber(value);
    case 'optionalText':
      return String(value).trim() === '' ? PLACEHOLDER_TEXT.optionalText[language] : String(value);
  }
}

function formatNumber(value: string | number): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new RangeError(`Invalid number ${value}.`);
    }

    return String(value);
  }
  if (!DECIMAL.test(value.trim())) {
    throw new RangeError(`Invalid number "${value}".`);
  }

  return value.trim();
}

function requireString(value: string | number): string {
  if (typeof value !== 'string') {
    throw new RangeError(`Invalid value ${value}: expected a string.`);
  }

  return value;
}
