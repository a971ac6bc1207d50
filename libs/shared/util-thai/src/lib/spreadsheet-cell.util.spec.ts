import { csvFormulaSafe } from './spreadsheet-cell.util';

describe('csvFormulaSafe', () => {
  it.each(['=1+2', '@SUM(A1)', '+cmd|calc', '-2+3', '=HYPERLINK("http://127.0.0.1/x")', '\tTAB'])('neutralises %p', (value) => {
    expect(csvFormulaSafe(value)).toBe(`'${value}`);
  });

  it.each(['-5', '+66', '12.5', '-1,234.50', '10%', 'สำนักงานประชาสัมพันธ์', 'a=b', ''])('keeps %p', (value) => {
    expect(csvFormulaSafe(value)).toBe(value);
  });
});
