import { readFileSync } from 'node:fs';
import path from 'node:path';

import { normalizeThai } from './thai-text.util';

const workspaceRoot = path.join(__dirname, '../../../../..');
const sample = readFileSync(
  path.join(workspaceRoot, '../shared/samples/bma-kpi-0411-fy2564.txt'),
  'utf8',
);
const normalized = normalizeThai(sample);

function countOf(text: string, word: string): number {
  return text.split(word).length - 1;
}

describe('normalizeThai on the KPI sample', () => {
  it.each([
    ['ดำเนิน', 35],
    ['สำนัก', 20],
    ['กำหนด', 13],
    ['จัดทำ', 15],
    ['ทำให้', 2],
    ['ทำได้', 2],
    ['นำเข้า', 11],
    ['คำอธิบาย', 4],
    ['สำคัญ', 4],
    ['สำเร็จ', 1],
    ['ซ้ำกับ', 1],
    ['ดำรง', 2],
    ['ตำแหน่ง', 2],
  ])('has %s %i times', (word, count) => {
    expect(countOf(normalized, word)).toBe(count);
  });

  it.each([
    'ดาเนิน',
    'ด้าเนิน',
    'สานัก',
    'ส้านัก',
    'กาหนด',
    'ก้าหนด',
    'จัดทา',
    'ทาให้',
    'ทาได้',
    'จาแนก',
    'นาเข้า',
    'อานวย',
    'สารวจ',
    'ประจาปี',
    'สม่าเสมอ',
    'สาคัญ',
    'ส้าคัญ',
    'จานวน',
    'กากับ',
    'คาอธิบาย',
    'ค้าอธิบาย',
    'ส้าเร็จ',
    'ซ้ากับ',
    'สาหรับ',
    'ดำา',
    'ตำา',
  ])('has no %s left', (broken) => {
    expect(countOf(normalized, broken)).toBe(0);
  });

  it.each([
    ['เมทาดาตา', 1],
    ['ดาวเทียม', 1],
    ['แนวทาง', 1],
    ['ก้าวหน้า', 1],
    ['ด้านที่', 1],
    ['พัฒนา', 32],
    ['สารสนเทศ', 3],
    ['สามารถ', 3],
    ['เอกสาร', 4],
    ['อาจ', 2],
    ['จาก', 5],
    ['บรรดา', 1],
  ])('keeps the real word %s (%i)', (word, count) => {
    expect(countOf(sample, word)).toBe(count);
    expect(countOf(normalized, word)).toBe(count);
  });

  it('keeps the line structure', () => {
    expect(normalized.split('\n')).toHaveLength(17);
  });
});
