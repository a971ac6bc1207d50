import { comparePlanCodes } from './plan-code';

describe('comparePlanCodes', () => {
  it('orders segments numerically', () => {
    const codes = ['5.10', '5', '10', '5.2', '5.2.1', '1', '5.1.10', '5.1.9'];

    expect([...codes].sort(comparePlanCodes)).toEqual(['1', '5', '5.1.9', '5.1.10', '5.2', '5.2.1', '5.10', '10']);
  });

  it('puts a parent before its children', () => {
    expect(comparePlanCodes('5.4', '5.4.1')).toBeLessThan(0);
  });

  it('falls back to text for other segments', () => {
    expect(comparePlanCodes('5.a', '5.b')).toBeLessThan(0);
    expect(comparePlanCodes('5.4', '5.4')).toBe(0);
  });
});
