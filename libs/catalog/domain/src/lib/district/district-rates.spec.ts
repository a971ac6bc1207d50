import { districtRates, percentOf } from './district-rates';

describe('district rates', () => {
  it('leaves pending cells out of the denominator', () => {
    const rates = districtRates(['onTime', 'onTime', 'late', 'missing', 'pending', 'pending']);

    expect(rates.due).toBe(4);
    expect(rates.pending).toBe(2);
    expect(rates.onTimePercent).toBe(50);
    expect(rates.latePercent).toBe(25);
    expect(rates.missingPercent).toBe(25);
  });

  it('rounds thirds to two decimals', () => {
    const rates = districtRates(['onTime', 'late', 'missing']);

    expect(rates.onTimePercent).toBe(33.33);
    expect(rates.latePercent).toBe(33.33);
    expect(rates.missingPercent).toBe(33.33);
  });

  it('rounds two thirds up', () => {
    expect(percentOf(2, 3)).toBe(66.67);
  });

  it('rounds a half up', () => {
    expect(percentOf(1, 8)).toBe(12.5);
    expect(percentOf(1, 1600)).toBe(0.06);
  });

  it('returns null percentages when nothing is due', () => {
    const rates = districtRates(['pending']);

    expect(rates.due).toBe(0);
    expect(rates.onTimePercent).toBeNull();
    expect(rates.latePercent).toBeNull();
    expect(rates.missingPercent).toBeNull();
  });
});
