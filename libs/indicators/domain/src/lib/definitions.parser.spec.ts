import { parseDefinitions } from './definitions.parser';

function termsOf(text: string): string[] {
  return parseDefinitions(text).map((definition) => definition.term);
}

describe('parseDefinitions', () => {
  it.each([
    ['ข้อมูล หมายความว่า สิ่งที่สื่อความหมาย ชุดข้อมูล หมายความว่า การนำข้อมูลมารวม', ['ข้อมูล', 'ชุดข้อมูล']],
    ['ก หมายถึง ข ค หมายถึง ง', ['ก', 'ค']],
    ['ข้อความยาว ข ค ฐานข้อมูล (Database) หมายถึง กลุ่มของข้อมูล', ['ข้อความยาว ข ค ฐานข้อมูล (Database)']],
    [`${'ข้อความนำ '.repeat(10)}บัญชีข้อมูล (Data Catalog) หมายถึง เอกสาร`, ['บัญชีข้อมูล (Data Catalog)']],
    ['ทางเท้าที่ได้มาตรฐาน หมายถึง ก\nถนนสายหลัก หมายถึง ข', ['ทางเท้าที่ได้มาตรฐาน', 'ถนนสายหลัก']],
    ['ธรรมาภิบาลข้อมูล ประกอบด้วย 1) ก 2) ข', ['ธรรมาภิบาลข้อมูล']],
    ['การวัดผล โดยอย่างน้อยประกอบด้วย การประเมิน', ['']],
  ])('finds the terms in %s', (text, terms) => {
    expect(termsOf(text)).toEqual(terms);
  });

  it('normalises term and text and keeps the raw text', () => {
    expect(parseDefinitions('ค้าอธิบายข้อมูล หมายถึง ข้อมูลที่จัดทาให้ผู้ใช้')).toEqual([
      { term: 'คำอธิบายข้อมูล', text: 'ข้อมูลที่จัดทำให้ผู้ใช้', rawText: 'ข้อมูลที่จัดทาให้ผู้ใช้' },
    ]);
  });

  it('returns nothing for empty text', () => {
    expect(parseDefinitions('  ')).toEqual([]);
  });
});
