import { classifyLine } from './line-classifier';
import { toSourceLines } from './source-lines';

function kindOf(text: string): string {
  return classifyLine(toSourceLines(text)[0]).kind;
}

describe('classifyLine', () => {
  it.each([
    ['', 'blank'],
    ['Back Home', 'noise'],
    ['0', 'noise'],
    ['รายละเอียดตัวชี้วัด', 'pageHeader'],
    ['รายละเอียดตัวชี้วัดฯ : พิมพ์ข้อมูล', 'printLink'],
    ['โครงการจัดทำฐานข้อมูลตัวชี้วัดการพัฒนาเมือง (2562-2563)', 'cityHeader'],
    ['โครงการจัดทาฐานข้อมูลตัวชี้วัดการพัฒนาเมือง (2562-2563)', 'cityHeader'],
    ['สนับสนุนยุทธศาสตร์กรุงเทพมหานครฯ', 'strategySupport'],
    ['5.2 ร้อยละความสำเร็จ : 0411-0005', 'titleWithCode'],
    ['ร้อยละความสำเร็จ : ๐๔๑๑-๐๐๐๕', 'titleWithCode'],
    ['สำนักงานเขตราษฎร์บูรณะ : (2564)', 'printedYear'],
    ['ค่าเป้าหมาย ร้อยละ : 100', 'value'],
    ['ค่าเป้าหมายของโครงการคือการพัฒนา', 'text'],
    ['ผลงานที่ทำได้ ร้อยละ : 70', 'value'],
    ['ประเภทตัวชี้วัด :', 'type'],
    ['ลักษณะข้อมูล : ตัวชี้วัดเป้าประสงค์', 'type'],
    ['(ตัวชี้วัดระดับผลลัพธ์ (outcome))', 'level'],
    ['*** สยป. ตรวจประเมินตัวชี้วัด : ไตรมาสที่ 1:', 'assessment'],
    ['ผลงานเทียบกับเป้าหมายรายไตรมาส', 'quarterTable'],
    ['รายงานผลฯ ไตรมาสที่ 4', 'quarterSection'],
    ['1.นิยาม หรือความหมายของตัวชี้วัด', 'heading'],
    ['2.วิธีการคำนวณ หรือ เกณฑ์การประเมิน', 'heading'],
    ['4.สถานะของข้อมูล', 'heading'],
    ['1. ตรวจสอบเอกสาร', 'text'],
    [':๕.๔ - การเมืองสีขาว |', 'planPath'],
    ['28/10/2563 : ก', 'notes'],
    ['เดือนต.ค. 63 ก', 'notes'],
    ['28/10/2563 ไม่มีเครื่องหมาย', 'text'],
  ])('classifies %j as %s', (text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });
});
