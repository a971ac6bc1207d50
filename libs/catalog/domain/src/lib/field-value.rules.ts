import { datasetSlugPattern } from '@bma-kpi/contracts-catalog';
import { isValidCalendarDate } from '@bma-kpi/util-thai';
import { isEmail, isURL } from 'class-validator';

import type { CatalogFieldKind, CatalogFieldSpec } from './catalog-field.types';
import { RESERVED_DATASET_NAMES } from './dataset-slug.util';
import { specError } from './dataset-field-error';
import type { DatasetFieldError, DatasetRule } from './dataset-field-error';

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const buddhistYearPattern = /^2[4-9]\d{2}$/;
const decimalPattern = /^-?\d{1,3}(\.\d+)?$/;

/** First year that an ISO date can not hold, because such a year is a Buddhist-era year by mistake. */
const firstImplausibleChristianYear = 2400;

/** Shortest and longest tag that CKAN accepts (`MIN_TAG_LENGTH` and `MAX_TAG_LENGTH` in ckan/model/tag.py). */
const minTagLength = 2;
const maxTagLength = 100;

/** Returns the tags of a comma-separated tag string that CKAN would reject for their length. */
export function tagsOfInvalidLength(tagString: string): string[] {
  const tags = tagString.split(',').map((tag) => tag.trim());

  return tags.filter((tag) => tag !== '' && (tag.length < minTagLength || tag.length > maxTagLength));
}

/** Tells whether a value counts as not filled in: missing, null, blank text or an empty list. */
export function isBlank(value: unknown): boolean {
  if (value === undefined || value === null) {
    return true;
  }
  if (typeof value === 'string') {
    return value.trim() === '';
  }

  return Array.isArray(value) && value.length === 0;
}

/** Tells whether text is a real calendar date written `YYYY-MM-DD` in the Christian era. */
export function isIsoCalendarDate(text: string): boolean {
  const match = isoDatePattern.exec(text);

  if (!match) {
    return false;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];

  return year < firstImplausibleChristianYear && isValidCalendarDate(year, month, day);
}

function isDecimalWithin(text: string, limit: number): boolean {
  return decimalPattern.test(text) && Math.abs(Number(text)) <= limit;
}

/** Field kinds whose text has a format check; each one is also the name of the rule it fails. */
type FormatKind = Exclude<Extract<CatalogFieldKind, DatasetRule>, 'choice' | 'tags'>;

const textChecks: Record<FormatKind, (text: string) => boolean> = {
  email: (text) => isEmail(text),
  url: (text) => isURL(text, { protocols: ['http', 'https'], require_protocol: true }),
  slug: (text) => datasetSlugPattern.test(text) && !RESERVED_DATASET_NAMES.has(text),
  isoDate: isIsoCalendarDate,
  buddhistYear: (text) => buddhistYearPattern.test(text),
  positiveInteger: (text) => /^[1-9]\d{0,8}$/.test(text),
  longitude: (text) => isDecimalWithin(text, 180),
  latitude: (text) => isDecimalWithin(text, 90),
};

function isFormatKind(kind: CatalogFieldKind): kind is FormatKind {
  return kind in textChecks;
}

function choiceListErrors(spec: CatalogFieldSpec, value: unknown): DatasetFieldError[] {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    return [specError(spec, 'type', 'list')];
  }
  const allowed = new Set((spec.choices ?? []).map((choice) => choice.value));
  const errors = value.filter((item) => !allowed.has(item)).map((item) => specError(spec, 'choice', item));
  const seen = new Set<string>();

  for (const item of value) {
    if (seen.has(item)) {
      errors.push(specError(spec, 'duplicate', item));
    }
    seen.add(item);
  }

  return errors;
}

/** Returns the errors of one filled-in value against its field's kind and choice list. */
export function valueErrors(spec: CatalogFieldSpec, value: unknown): DatasetFieldError[] {
  if (spec.kind === 'choiceList') {
    return choiceListErrors(spec, value);
  }
  // Numbers are accepted where CKAN stores digits, because JSON clients often send them unquoted.
  const numeric = ['positiveInteger', 'longitude', 'latitude'].includes(spec.kind) && typeof value === 'number';

  if (typeof value !== 'string' && !numeric) {
    return [specError(spec, 'type', 'text')];
  }
  const text = String(value);

  if (spec.kind === 'choice') {
    const allowed = (spec.choices ?? []).some((choice) => choice.value === text);

    return allowed ? [] : [specError(spec, 'choice', text)];
  }
  if (spec.kind === 'tags') {
    return tagsOfInvalidLength(text).map((tag) => specError(spec, 'tags', tag));
  }
  if (!isFormatKind(spec.kind)) {
    return [];
  }

  return textChecks[spec.kind](text.trim()) ? [] : [specError(spec, spec.kind, text)];
}
