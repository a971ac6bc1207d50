import { resolveNoteDates } from './note-date-sequence.util';
import { parseNoteDate } from './note-date.parser';

function resolveRaw(raws: string[]) {
  return resolveNoteDates(raws.map(parseNoteDate));
}

describe('resolveNoteDates', () => {
  it('takes month/day between its neighbours', () => {
    const resolved = resolveRaw(['30/04/2564', '5/6/2021', '30/05/2564']);

    expect(resolved[1]).toEqual({
      kind: 'date',
      iso: '2021-05-06',
      format: 'm/d/CE',
      precision: 'day',
      raw: '5/6/2021',
      resolvedBySequence: true,
    });
  });

  it('takes day/month between its neighbours', () => {
    const resolved = resolveRaw(['31/05/2564', '5/6/2021', '30/06/2564']);

    expect(resolved[1]).toMatchObject({ kind: 'date', iso: '2021-06-05', format: 'd/m/CE' });
  });

  it('uses only a previous neighbour', () => {
    const resolved = resolveRaw(['31/05/2564', '5/6/2021']);

    expect(resolved[1]).toMatchObject({ kind: 'date', iso: '2021-06-05' });
  });

  it('keeps both fitting candidates ambiguous', () => {
    const resolved = resolveRaw(['30/04/2564', '5/6/2021', '30/06/2564']);

    expect(resolved[1].kind).toBe('ambiguous');
  });

  it('keeps a date with no fitting candidate ambiguous', () => {
    const resolved = resolveRaw(['30/07/2564', '5/6/2021', '30/08/2564']);

    expect(resolved[1].kind).toBe('ambiguous');
  });

  it('keeps a lone ambiguous date', () => {
    expect(resolveRaw(['5/6/2021'])[0].kind).toBe('ambiguous');
  });

  it('skips invalid neighbours', () => {
    const resolved = resolveRaw(['31/05/2564', '31/02/2564', '5/6/2021']);

    expect(resolved[2]).toMatchObject({ kind: 'date', iso: '2021-06-05' });
  });

  it('compares a month-only neighbour by month', () => {
    const resolved = resolveRaw(['30/04/2564', '5/6/2021', 'เดือนพ.ค. 64']);

    expect(resolved[1]).toMatchObject({ kind: 'date', iso: '2021-05-06' });
  });

  it('resolves consecutive dates', () => {
    const resolved = resolveRaw(['31/05/2564', '5/6/2021', '7/6/2021', '30/06/2564']);

    expect(resolved[1]).toMatchObject({ kind: 'date', iso: '2021-06-05' });
    expect(resolved[2]).toMatchObject({ kind: 'date', iso: '2021-06-07' });
  });

  it('leaves the input unchanged', () => {
    const dates = ['31/05/2564', '5/6/2021'].map(parseNoteDate);

    resolveNoteDates(dates);

    expect(dates[1].kind).toBe('ambiguous');
  });
});
