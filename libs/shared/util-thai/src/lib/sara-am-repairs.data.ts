/**
 * One known broken spelling of a word with SARA AM (ำ) and its repair. `broken` includes enough
 * surrounding text that no correct Thai word contains it. `unlessFollowedBy` lists characters
 * that cancel the repair when they follow the match, because the text is then a correct word.
 */
export interface SaraAmRepair {
  broken: string;
  fixed: string;
  unlessFollowedBy?: string;
}

/**
 * Broken forms seen in KPI record exports (PDF and Word extraction) with their repairs.
 * Each `broken` is either never a correct word (`ดาเนิน`) or a short form pinned by context.
 * `ทา` (to paint) and `นา` (rice field) are real words, so they are repaired only inside phrases
 * such as `จัดทา` and `การนาเข้า`. Pass a longer list to createThaiNormalizer to extend it.
 */
export const SARA_AM_REPAIRS: readonly SaraAmRepair[] = [
  // The nikhahit was lost and only SARA AA is left.
  { broken: 'ดาเนิน', fixed: 'ดำเนิน' },
  { broken: 'สานัก', fixed: 'สำนัก' },
  { broken: 'กาหนด', fixed: 'กำหนด' },
  { broken: 'จาแนก', fixed: 'จำแนก' },
  { broken: 'อานวย', fixed: 'อำนวย' },
  { broken: 'สารวจ', fixed: 'สำรวจ' },
  { broken: 'ประจาปี', fixed: 'ประจำปี' },
  { broken: 'งานประจา', fixed: 'งานประจำ' },
  { broken: 'สม่าเสมอ', fixed: 'สม่ำเสมอ' },
  { broken: 'สาคัญ', fixed: 'สำคัญ' },
  { broken: 'สาเร็จ', fixed: 'สำเร็จ' },
  { broken: 'สาหรับ', fixed: 'สำหรับ' },
  { broken: 'จานวน', fixed: 'จำนวน' },
  { broken: 'กากับ', fixed: 'กำกับ' },
  { broken: 'คาอธิบาย', fixed: 'คำอธิบาย' },
  { broken: 'คานวณ', fixed: 'คำนวณ' },
  { broken: 'ซ้ากับ', fixed: 'ซ้ำกับ' },
  // `จัดทาง` (to lay out a path) is a correct phrase.
  { broken: 'จัดทา', fixed: 'จัดทำ', unlessFollowedBy: 'ง' },
  { broken: 'ทาได้', fixed: 'ทำได้' },
  { broken: 'ทาให้', fixed: 'ทำให้' },
  { broken: 'การนาเข้า', fixed: 'การนำเข้า' },
  { broken: 'และนาเข้า', fixed: 'และนำเข้า' },
  { broken: 'สามารถนาเข้า', fixed: 'สามารถนำเข้า' },
  { broken: 'ระหว่างนาเข้า', fixed: 'ระหว่างนำเข้า' },
  { broken: 'การนาข้อมูล', fixed: 'การนำข้อมูล' },
  { broken: 'การนาฐานข้อมูล', fixed: 'การนำฐานข้อมูล' },
  { broken: 'จะนาไปสู่', fixed: 'จะนำไปสู่' },
  // The nikhahit was turned into MAI THO.
  { broken: 'ด้าเนิน', fixed: 'ดำเนิน' },
  { broken: 'ส้านัก', fixed: 'สำนัก' },
  { broken: 'ส้าคัญ', fixed: 'สำคัญ' },
  { broken: 'ก้าหนด', fixed: 'กำหนด' },
  { broken: 'ค้าอธิบาย', fixed: 'คำอธิบาย' },
  { broken: 'ส้าเร็จ', fixed: 'สำเร็จ' },
  // `ท้า` (to dare) is a word, so only the result label of a KPI record is repaired.
  { broken: 'ผลงานที่ท้าได้', fixed: 'ผลงานที่ทำได้' },
  // SARA AM is followed by a stray SARA AA.
  { broken: 'ดำารง', fixed: 'ดำรง' },
  { broken: 'ตำาแหน่ง', fixed: 'ตำแหน่ง' },
  { broken: 'นำาวิสัยทัศน์', fixed: 'นำวิสัยทัศน์' },
  { broken: 'ทำางาน', fixed: 'ทำงาน' },
  { broken: 'ดำาเนิน', fixed: 'ดำเนิน' },
];
