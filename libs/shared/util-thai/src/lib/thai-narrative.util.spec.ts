import { statesTargetMet } from './thai-narrative.util';

describe('statesTargetMet', () => {
  it.each([
    ['ดำเนินการได้ตามเป้าหมาย', true],
    ['ผลการดำเนินงานเป็นไปตามเป้าหมายที่กำหนด', true],
    ['บรรลุเป้าหมายร้อยละ 100', true],
    ['ผลการดำเนินงานไม่เป็นไปตามเป้าหมาย', false],
    ['ยังไม่บรรลุเป้าหมาย', false],
    ['อยู่ระหว่างดำเนินการ', false],
    ['ไม่เป็นไปตามเป้าหมายในไตรมาสแรก แต่ไตรมาสนี้ดำเนินการได้ตามเป้าหมาย', true],
  ])('reads %s as %s', (text, expected) => {
    expect(statesTargetMet(text)).toBe(expected);
  });
});
