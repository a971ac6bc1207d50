import { columnForHeader } from './dictionary-columns.data';
import { dictionaryError } from './dictionary-error';
import {
  optionalText,
  readAllowedValues,
  readBoolean,
  readCount,
  readLegalBasis,
  readName,
  readType,
} from './dictionary-cell.util';
import type { RowCells } from './dictionary-cell.util';
import type { DictionaryField, DictionaryParseResult, DictionaryRowError } from './dictionary-field.types';
import { machineNameFor } from './machine-name.util';

/** Cells of one spreadsheet or CSV row and its 1-based row number in the file. */
export interface SheetRow {
  readonly row: number;
  readonly cells: readonly string[];
}

type ColumnIndex = Map<keyof DictionaryField, number>;

const isBlankRow = (row: SheetRow): boolean => row.cells.every((cell) => cell.trim() === '');

function headerColumns(header: SheetRow): { index: ColumnIndex; ignored: string[] } {
  const index: ColumnIndex = new Map();
  const ignored: string[] = [];

  header.cells.forEach((cell, position) => {
    const column = columnForHeader(cell);

    if (column === undefined || index.has(column.key)) {
      if (cell.trim() !== '') {
        ignored.push(cell.trim());
      }

      return;
    }
    index.set(column.key, position);
  });

  return { index, ignored };
}

function missingColumnErrors(header: SheetRow, index: ColumnIndex): DictionaryRowError[] {
  const errors: DictionaryRowError[] = [];

  if (!index.has('name') && !index.has('labelTh')) {
    errors.push(dictionaryError(header.row, 'missingColumn', 'ฟิลด์ / field_name'));
  }
  if (!index.has('type')) {
    errors.push(dictionaryError(header.row, 'missingColumn', 'ประเภท / data_type'));
  }

  return errors;
}

function readSizes(cells: RowCells, errors: DictionaryRowError[]): Pick<DictionaryField, 'size' | 'precision'> {
  const size = readCount(cells, 'size', errors);
  const precision = readCount(cells, 'precision', errors);

  if (size !== undefined && precision !== undefined && precision > size) {
    errors.push(dictionaryError(cells.row, 'precisionExceedsSize', String(precision), 'precision'));
  }

  return { ...(size === undefined ? {} : { size }), ...(precision === undefined ? {} : { precision }) };
}

function readField(cells: RowCells, usedNames: Set<string>, errors: DictionaryRowError[]): DictionaryField | undefined {
  const givenName = readName(cells, errors);
  const label = cells.get('labelTh');

  if (givenName === undefined && label === '') {
    errors.push(dictionaryError(cells.row, 'missingName'));

    return undefined;
  }
  const name = givenName ?? machineNameFor(label, usedNames);

  if (usedNames.has(name)) {
    errors.push(dictionaryError(cells.row, 'duplicateName', name, 'name'));
  }
  const type = readType(cells, errors);
  const personalData = readBoolean(cells, 'personalData', errors);
  const field = {
    name,
    // A DataStore dump has no label column, so the machine name is used as the label.
    labelTh: label === '' ? name : label,
    description: optionalText(cells.get('description')),
    type,
    ...readSizes(cells, errors),
    unit: optionalText(cells.get('unit')),
    required: readBoolean(cells, 'required', errors),
    primaryKey: readBoolean(cells, 'primaryKey', errors),
    allowedValues: readAllowedValues(cells.get('allowedValues')),
    example: optionalText(cells.get('example')),
    personalData,
    personalDataLegalBasis: readLegalBasis(cells, personalData, errors),
  };

  return type === undefined ? undefined : withoutUndefined({ ...field, type });
}

function withoutUndefined(field: DictionaryField): DictionaryField {
  return Object.fromEntries(Object.entries(field).filter(([, value]) => value !== undefined)) as unknown as DictionaryField;
}

/**
 * Reads dictionary fields from rows whose first non-blank row is the header. A row with an
 * error is skipped and reported, and the rows after it are still read. Blank rows are skipped.
 */
export function parseDictionaryRows(rows: readonly SheetRow[]): DictionaryParseResult {
  const [header, ...body] = rows.filter((row) => !isBlankRow(row));

  if (header === undefined) {
    return { fields: [], errors: [dictionaryError(1, 'missingHeader')], ignoredColumns: [] };
  }
  const { index, ignored } = headerColumns(header);
  const result: DictionaryParseResult = { fields: [], errors: missingColumnErrors(header, index), ignoredColumns: ignored };

  if (result.errors.length > 0) {
    return result;
  }
  const usedNames = new Set<string>();

  for (const row of body) {
    const cells: RowCells = { row: row.row, get: (key) => row.cells[index.get(key) ?? -1]?.trim() ?? '' };
    const rowErrors: DictionaryRowError[] = [];
    const field = readField(cells, usedNames, rowErrors);

    result.errors.push(...rowErrors);
    if (field !== undefined && rowErrors.length === 0) {
      usedNames.add(field.name);
      result.fields.push(field);
    }
  }

  return result;
}
