import { parsePlanPathLine } from './plan-path.parser';
import { toSourceLines } from './source-lines';

function parse(text: string) {
  return parsePlanPathLine(toSourceLines(text)[0]);
}

describe('parsePlanPathLine', () => {
  it.each([
    [
      ':ด้านที่ ๕ - มหานครประชาธิปไตย : Bangkok as a Democratic City |',
      'dimension',
      '5',
      'มหานครประชาธิปไตย',
      'Bangkok as a Democratic City',
    ],
    [':๕.๔ - การเมืองสีขาว |', 'subDimension', '5.4', 'การเมืองสีขาว', null],
    [':มิติที่ ๓.๒ - การเดินทางสะดวก |', 'subDimension', '3.2', 'การเดินทางสะดวก', null],
    [':เป้าหมายที่ ๓.๒.๑ ทางเท้าปลอดภัย% |', 'goal', '3.2.1', 'ทางเท้าปลอดภัย', null],
    [':๕.๔.๑.๑ ประชาชนมีความเชื่อมั่น |', 'planIndicator', '5.4.1.1', 'ประชาชนมีความเชื่อมั่น', null],
    [':5.4 - การเมืองสีขาว', 'subDimension', '5.4', 'การเมืองสีขาว', null],
    [':๑ - ชื่อ : ชื่อไทย |', 'dimension', '1', 'ชื่อ : ชื่อไทย', null],
  ])('reads %s', (text, level, code, nameTh, nameEn) => {
    expect(parse(text)).toMatchObject({ level, code, nameTh, nameEn, line: 1 });
  });

  it('keeps the printed code', () => {
    expect(parse(':๕.๔.๑ เป้าหมาย% |')?.rawCode).toBe('๕.๔.๑');
  });

  it.each([':', ': ไม่มีรหัส |', ':๑.๒.๓.๔.๕ ลึกเกินไป |'])('rejects %j', (text) => {
    expect(parse(text)).toBeNull();
  });
});
