import { DICTIONARY_DATA_TYPES, machineNamePattern, PDPA_LEGAL_BASES } from '@bma-kpi/contracts-catalog';
import type { DictionaryDataType, PdpaLegalBasis } from '@bma-kpi/contracts-catalog';
import { normalizeThai, thaiDigitsToAscii } from '@bma-kpi/util-thai';

import { DICTIONARY_TYPE_ALIASES, NO_VALUES, YES_VALUES } from './dictionary-columns.data';
import { dictionaryError } from './dictionary-error';
import type { DictionaryField, DictionaryRowError } from './dictionary-field.types';

/** Cell texts of one row by dictionary field, trimmed, and the row number for errors. */
export interface RowCells {
  readonly row: number;
  readonly get: (key: keyof DictionaryField) => string;
}

function cellKey(text: string): string {
  return normalizeThai(text).normalize('NFC').trim().toLowerCase();
}

const typeByAlias = new Map<string, DictionaryDataType>(
  DICTIONARY_DATA_TYPES.flatMap((type) => (DICTIONARY_TYPE_ALIASES[type] ?? [type]).map((alias) => [cellKey(alias), type] as const)),
);

/** Reads the data type cell, or records why it can not be read. */
export function readType(cells: RowCells, errors: DictionaryRowError[]): DictionaryDataType | undefined {
  const text = cells.get('type');
  const type = typeByAlias.get(cellKey(text));

  if (text === '') {
    errors.push(dictionaryError(cells.row, 'missingType', '', 'type'));
  } else if (type === undefined) {
    errors.push(dictionaryError(cells.row, 'invalidType', text, 'type'));
  }

  return type;
}

/** Reads a yes/no cell; an empty cell is no. */
export function readBoolean(cells: RowCells, key: keyof DictionaryField, errors: DictionaryRowError[]): boolean {
  const text = cellKey(cells.get(key));

  if (YES_VALUES.includes(text)) {
    return true;
  }
  if (!NO_VALUES.includes(text)) {
    errors.push(dictionaryError(cells.row, 'invalidBoolean', cells.get(key), key));
  }

  return false;
}

/** Reads a whole-number cell written in Thai or ASCII digits; an empty cell is undefined. */
export function readCount(cells: RowCells, key: 'size' | 'precision', errors: DictionaryRowError[]): number | undefined {
  const text = thaiDigitsToAscii(cells.get(key));

  if (text === '') {
    return undefined;
  }
  if (!/^\d{1,9}$/u.test(text)) {
    errors.push(dictionaryError(cells.row, 'invalidNumber', cells.get(key), key));

    return undefined;
  }

  return Number(text);
}

/** Reads a machine name cell; an empty cell is undefined so that the caller can derive one. */
export function readName(cells: RowCells, errors: DictionaryRowError[]): string | undefined {
  const name = cells.get('name');

  if (name !== '' && !machineNamePattern.test(name)) {
    errors.push(dictionaryError(cells.row, 'invalidName', name, 'name'));
  }

  return name === '' ? undefined : name;
}

/** Splits an allowed-values cell on `|` and line breaks, dropping empty entries. */
export function readAllowedValues(text: string): string[] {
  return text
    .split(/[|\r\n]+/u)
    .map((value) => value.trim())
    .filter((value) => value !== '');
}

/** Returns undefined for an empty cell, so optional fields stay absent. */
export function optionalText(text: string): string | undefined {
  return text === '' ? undefined : text;
}

/** Reads a PDPA legal basis cell; an empty cell is undefined. A basis needs a personal-data field. */
export function readLegalBasis(cells: RowCells, personalData: boolean, errors: DictionaryRowError[]): PdpaLegalBasis | undefined {
  const text = cells.get('personalDataLegalBasis').trim();
  const basis = PDPA_LEGAL_BASES.find((candidate) => candidate.value === text)?.value;

  if (text === '') {
    return undefined;
  }
  if (basis === undefined) {
    errors.push(dictionaryError(cells.row, 'invalidLegalBasis', text, 'personalDataLegalBasis'));

    return undefined;
  }
  if (!personalData) {
    errors.push(dictionaryError(cells.row, 'legalBasisWithoutPersonalData', text, 'personalDataLegalBasis'));

    return undefined;
  }

  return basis;
}
