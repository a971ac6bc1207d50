import { SARA_AM_REPAIRS } from './sara-am-repairs.data';
import { createThaiNormalizer, normalizeThai, thaiTextEquals } from './thai-text.util';

const NIKHAHIT_SARA_AA = '\u0E4D\u0E32';

describe('normalizeThai', () => {
  it.each([
    ['nikhahit + sara aa', `การด${NIKHAHIT_SARA_AA}เนินงาน`, 'การดำเนินงาน'],
    ['nikhahit, tone, sara aa', 'น\u0E4D\u0E49\u0E32', 'น้ำ'],
    ['tone, nikhahit, sara aa', 'น\u0E49\u0E4D\u0E32', 'น้ำ'],
    ['lost nikhahit', 'การดาเนินงาน', 'การดำเนินงาน'],
    ['lost nikhahit in สานัก', 'สานักงานเขต', 'สำนักงานเขต'],
    ['จัดทา', 'การจัดทาแผน', 'การจัดทำแผน'],
    ['ทาให้', 'ที่ทาให้สิ่ง', 'ที่ทำให้สิ่ง'],
    ['ซ้ากับ', 'ต้องไม่ซ้ากับชุดข้อมูล', 'ต้องไม่ซ้ำกับชุดข้อมูล'],
    ['mai tho', 'การด้าเนินงาน', 'การดำเนินงาน'],
    ['mai tho in ค้าอธิบาย', 'ค้าอธิบายข้อมูล', 'คำอธิบายข้อมูล'],
    ['extra sara aa', 'ผู้ดำารงตำาแหน่ง', 'ผู้ดำรงตำแหน่ง'],
    ['extra sara aa in ทำางาน', 'การทำางาน', 'การทำงาน'],
    ['mixed forms', 'ดาเนิน ด้าเนิน ดำเนิน', 'ดำเนิน ดำเนิน ดำเนิน'],
  ])('repairs %s', (_form, input, expected) => {
    expect(normalizeThai(input)).toBe(expected);
  });

  it.each([
    ['ทา (to paint)', 'ทาสีบ้าน'],
    ['จัดทาง', 'จัดทางเดินใหม่'],
    ['นา (rice field)', 'ชาวนาเข้าเมือง'],
    ['พัฒนาเข้า', 'พัฒนาเข้าสู่ระบบ'],
    ['สาร', 'ระบบสารสนเทศ'],
    ['เมทาดาตา', 'เมทาดาตา (Metadata)'],
    ['ด้าน', 'ด้านที่ ๕'],
    ['ก้าว', 'ความก้าวหน้า'],
    ['ค้า', 'การค้าขาย'],
    ['correct ำ', 'น้ำประปา'],
  ])('keeps the real word %s', (_word, input) => {
    expect(normalizeThai(input)).toBe(input);
  });

  it('applies NFC', () => {
    expect(normalizeThai('e\u0301')).toBe('\u00E9');
  });

  it('keeps Thai digits', () => {
    expect(normalizeThai('๕.๔.๑')).toBe('๕.๔.๑');
  });

  it('is idempotent', () => {
    const once = normalizeThai('การดาเนินงานของส้านักที่จัดทาให้');

    expect(normalizeThai(once)).toBe(once);
  });

  it('leaves its input unchanged', () => {
    const raw = 'การดาเนินงาน';

    normalizeThai(raw);

    expect(raw).toBe('การดาเนินงาน');
  });
});

describe('thaiTextEquals', () => {
  it('matches decomposed and composed sara am', () => {
    expect(thaiTextEquals(`การด${NIKHAHIT_SARA_AA}เนินงาน`, 'การดำเนินงาน')).toBe(true);
  });

  it('matches a repaired dictionary word', () => {
    expect(thaiTextEquals('สานักงาน', 'สำนักงาน')).toBe(true);
  });

  it('tells different words apart', () => {
    expect(thaiTextEquals('ทาสี', 'ทำสี')).toBe(false);
  });
});

describe('createThaiNormalizer', () => {
  it('accepts extra repairs', () => {
    const normalize = createThaiNormalizer([...SARA_AM_REPAIRS, { broken: 'ลาดับ', fixed: 'ลำดับ' }]);

    expect(normalize('ตามลาดับ')).toBe('ตามลำดับ');
  });

  it('prefers the longer repair', () => {
    const normalize = createThaiNormalizer([
      { broken: 'นา', fixed: 'X' },
      { broken: 'นาเข้า', fixed: 'นำเข้า' },
    ]);

    expect(normalize('นาเข้า')).toBe('นำเข้า');
  });

  it('keeps a match that splits a syllable', () => {
    const normalize = createThaiNormalizer([{ broken: 'นาก', fixed: 'นำก' }]);

    expect(normalize('นากิน')).toBe('นากิน');
  });

  it('keeps a match after a leading vowel', () => {
    const normalize = createThaiNormalizer([{ broken: 'ดาเนิน', fixed: 'ดำเนิน' }]);

    expect(normalize('เดาเนิน')).toBe('เดาเนิน');
  });

  it('rejects an empty broken form', () => {
    expect(() => createThaiNormalizer([{ broken: '', fixed: 'ทำ' }])).toThrow('"broken" is empty');
  });
});
