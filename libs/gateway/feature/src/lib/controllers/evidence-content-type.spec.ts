import { DomainException } from '@bma-kpi/errors';

import { assertContentMatches, resolveEvidenceType } from './evidence-content-type';

const pdf = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1');
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
const zip = Buffer.from('PK\x03\x04\x14\x00', 'latin1');
const ole2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]);

function codeOf(action: () => unknown): string | null {
  try {
    action();

    return null;
  } catch (error) {
    return error instanceof DomainException ? error.code : 'not a DomainException';
  }
}

describe('resolveEvidenceType', () => {
  it.each([
    ['application/pdf', 'คำสั่ง.pdf', 'application/pdf'],
    ['APPLICATION/PDF', 'a.bin', 'application/pdf'],
    ['image/jpg', 'photo.jpg', 'image/jpeg'],
    ['text/csv; charset=utf-8', 'data.csv', 'text/csv'],
    ['application/octet-stream', 'แผน.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    [undefined, 'บันทึก.DOCX', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  ])('maps %p with %p to %s', (declared, fileName, mediaType) => {
    expect(resolveEvidenceType(declared, fileName).mediaType).toBe(mediaType);
  });

  it.each([
    ['application/x-msdownload', 'setup.exe'],
    ['application/octet-stream', 'setup.exe'],
    ['text/html', 'page.html'],
    ['text/plain; charset=tis-620', 'note.txt'],
    [undefined, 'no-extension'],
  ])('rejects %p for %p with 415', (declared, fileName) => {
    expect(codeOf(() => resolveEvidenceType(declared, fileName))).toBe('UNSUPPORTED_MEDIA_TYPE');
  });
});

describe('assertContentMatches', () => {
  it.each([
    ['application/pdf', pdf],
    ['image/png', png],
    ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', zip],
    ['application/msword', ole2],
    ['text/csv', Buffer.from('รหัส,ชื่อ\n1,พระนคร\n')],
    // A Thai character (3 bytes in UTF-8) cut by the end of the sniffed bytes is still text.
    ['text/plain', Buffer.from('ข้อมูล', 'utf8').subarray(0, 7)],
  ])('accepts %s content', (mediaType, head) => {
    expect(codeOf(() => assertContentMatches(resolveEvidenceType(mediaType, 'x'), head, 'x'))).toBeNull();
  });

  it.each([
    ['application/pdf', png],
    ['image/png', pdf],
    ['application/vnd.ms-excel', zip],
    ['application/pdf', Buffer.from('%PD')],
  ])('rejects %s with other content', (mediaType, head) => {
    expect(codeOf(() => assertContentMatches(resolveEvidenceType(mediaType, 'x'), head, 'x'))).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it.each([
    ['text/plain', Buffer.from([0x61, 0x00, 0x62])],
    // "ชื่อ" in TIS-620, as Thai spreadsheets often save CSV.
    ['text/csv', Buffer.from([0xaa, 0xd7, 0xe8, 0xcd, 0x2c])],
  ])('rejects %s text that is not UTF-8', (mediaType, head) => {
    expect(codeOf(() => assertContentMatches(resolveEvidenceType(mediaType, 'x'), head, 'x'))).toBe('INVALID_ENCODING');
  });
});
