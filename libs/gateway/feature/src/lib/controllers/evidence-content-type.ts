import { CommonErrorCode, DomainException } from '@bma-kpi/errors';

import { GatewayErrorCode } from '../http/gateway-error-codes';

/** A media type accepted for evidence files, with its file name extensions and a check of the leading bytes. */
export interface EvidenceType {
  mediaType: string;
  extensions: readonly string[];
  /** Checks the first bytes of the file (up to evidenceSniffBytes, or all of a shorter file). */
  matches(head: Buffer): boolean;
}

/** Bytes read from the start of an upload before its content is checked against its declared type. */
export const evidenceSniffBytes = 4096;

const startsWith = (signature: number[] | string) => (head: Buffer) => {
  const bytes = typeof signature === 'string' ? Buffer.from(signature, 'latin1') : Buffer.from(signature);

  return head.length >= bytes.length && head.subarray(0, bytes.length).equals(bytes);
};

// OOXML (docx, xlsx, pptx) and OpenDocument files are ZIP archives; legacy Office files are OLE2 compound files.
const zipArchive = startsWith('PK\x03\x04');
const ole2Compound = startsWith([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Accepts UTF-8 text without NUL bytes; a multi-byte character cut at the end of `head` is allowed. */
function isUtf8Text(head: Buffer): boolean {
  if (head.includes(0)) {
    return false;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });

    return true;
  } catch {
    return false;
  }
}

const officeXml = 'application/vnd.openxmlformats-officedocument';
const openDocument = 'application/vnd.oasis.opendocument';

/** Evidence file types: PDF, images, office documents, CSV and plain text. */
export const EVIDENCE_TYPES: readonly EvidenceType[] = [
  { mediaType: 'application/pdf', extensions: ['pdf'], matches: startsWith('%PDF-') },
  { mediaType: 'image/png', extensions: ['png'], matches: startsWith([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { mediaType: 'image/jpeg', extensions: ['jpg', 'jpeg'], matches: startsWith([0xff, 0xd8, 0xff]) },
  { mediaType: 'image/gif', extensions: ['gif'], matches: (head) => startsWith('GIF87a')(head) || startsWith('GIF89a')(head) },
  {
    mediaType: 'image/webp',
    extensions: ['webp'],
    matches: (head) => startsWith('RIFF')(head) && head.subarray(8, 12).toString('latin1') === 'WEBP',
  },
  { mediaType: `${officeXml}.wordprocessingml.document`, extensions: ['docx'], matches: zipArchive },
  { mediaType: `${officeXml}.spreadsheetml.sheet`, extensions: ['xlsx'], matches: zipArchive },
  { mediaType: `${officeXml}.presentationml.presentation`, extensions: ['pptx'], matches: zipArchive },
  { mediaType: `${openDocument}.text`, extensions: ['odt'], matches: zipArchive },
  { mediaType: `${openDocument}.spreadsheet`, extensions: ['ods'], matches: zipArchive },
  { mediaType: `${openDocument}.presentation`, extensions: ['odp'], matches: zipArchive },
  { mediaType: 'application/msword', extensions: ['doc'], matches: ole2Compound },
  { mediaType: 'application/vnd.ms-excel', extensions: ['xls'], matches: ole2Compound },
  { mediaType: 'application/vnd.ms-powerpoint', extensions: ['ppt'], matches: ole2Compound },
  { mediaType: 'text/csv', extensions: ['csv'], matches: isUtf8Text },
  { mediaType: 'text/plain', extensions: ['txt'], matches: isUtf8Text },
];

/** Starts with `{` or `[` after optional white space and a byte order mark, and is UTF-8 text. */
function isJsonText(head: Buffer): boolean {
  return isUtf8Text(head) && /^\uFEFF?\s*[[{]/u.test(head.toString('utf8'));
}

/** Starts with `<` after optional white space and a byte order mark, and is UTF-8 text. */
function isXmlText(head: Buffer): boolean {
  return isUtf8Text(head) && /^\uFEFF?\s*</u.test(head.toString('utf8'));
}

/** Data file types of dataset resources: the evidence types plus JSON, GeoJSON, XML and ZIP archives such as shapefiles. */
export const RESOURCE_TYPES: readonly EvidenceType[] = [
  ...EVIDENCE_TYPES,
  { mediaType: 'application/json', extensions: ['json'], matches: isJsonText },
  { mediaType: 'application/geo+json', extensions: ['geojson'], matches: isJsonText },
  { mediaType: 'application/xml', extensions: ['xml'], matches: isXmlText },
  { mediaType: 'text/xml', extensions: [], matches: isXmlText },
  { mediaType: 'application/zip', extensions: ['zip'], matches: zipArchive },
];

/** The file types of an upload route, and the name its messages give the file. */
export interface UploadKind {
  types: readonly EvidenceType[];
  labelEn: string;
  labelTh: string;
}

export const EVIDENCE_UPLOAD: UploadKind = { types: EVIDENCE_TYPES, labelEn: 'Evidence files', labelTh: 'ไฟล์หลักฐาน' };

export const RESOURCE_UPLOAD: UploadKind = { types: RESOURCE_TYPES, labelEn: 'Resource files', labelTh: 'ไฟล์ทรัพยากรข้อมูล' };

// Types that clients send when they do not know better; the file name extension decides then.
const genericMediaTypes = new Set(['', 'application/octet-stream', 'binary/octet-stream']);

function unsupportedType(kind: UploadKind, declared: string, fileName: string): DomainException {
  const acceptedList = kind.types.flatMap((type) => type.extensions).join(', ');

  return new DomainException(
    CommonErrorCode.unsupportedMediaType,
    `${kind.labelEn} of type "${declared || 'none'}" (${fileName}) are not accepted. Send one of: ${acceptedList}.`,
    `ไม่รับ${kind.labelTh}ชนิด "${declared || 'ไม่ระบุ'}" (${fileName}) โปรดส่งไฟล์ชนิด ${acceptedList}`,
  );
}

/** Returns the media type of a Content-Type value in lower case, without parameters. */
export function mediaTypeOf(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/**
 * Picks the type of an upload among those of its kind from its declared Content-Type, or from the file name
 * extension when the type is missing or generic. Throws UNSUPPORTED_MEDIA_TYPE (415) otherwise,
 * also for text declared in a charset other than UTF-8.
 */
export function resolveEvidenceType(contentType: string | undefined, fileName: string, kind: UploadKind = EVIDENCE_UPLOAD): EvidenceType {
  const declared = mediaTypeOf(contentType);
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const type = genericMediaTypes.has(declared)
    ? kind.types.find((candidate) => candidate.extensions.includes(extension))
    : kind.types.find((candidate) => candidate.mediaType === declared || (declared === 'image/jpg' && candidate.mediaType === 'image/jpeg'));
  const charset = /;\s*charset=("?)([^";]+)\1/i.exec(contentType ?? '')?.[2]?.toLowerCase();

  if (type === undefined || (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8')) {
    throw unsupportedType(kind, contentType ?? '', fileName);
  }

  return type;
}

const textMediaTypes = new Set(['text/csv', 'text/plain', 'text/xml', 'application/json', 'application/geo+json', 'application/xml']);

/**
 * Throws UNSUPPORTED_MEDIA_TYPE (415) when the leading bytes of a file do not fit its type, and
 * INVALID_ENCODING (422) for text that is not UTF-8, such as a CSV saved as TIS-620.
 */
export function assertContentMatches(type: EvidenceType, head: Buffer, fileName: string): void {
  if (textMediaTypes.has(type.mediaType) && !isUtf8Text(head)) {
    throw new DomainException(
      GatewayErrorCode.invalidEncoding,
      `${fileName} is not UTF-8 text (TIS-620 or Windows-874 perhaps). Save it as UTF-8 and send it again.`,
      `ไฟล์ ${fileName} ไม่ได้เข้ารหัสแบบ UTF-8 (อาจเป็น TIS-620 หรือ Windows-874) โปรดบันทึกเป็น UTF-8 แล้วส่งใหม่`,
    );
  }
  if (!type.matches(head)) {
    throw new DomainException(
      CommonErrorCode.unsupportedMediaType,
      `The content of ${fileName} is not ${type.mediaType}: its first bytes do not match that type. Check the file and its type.`,
      `เนื้อหาของไฟล์ ${fileName} ไม่ใช่ชนิด ${type.mediaType} (ไบต์ต้นไฟล์ไม่ตรงกับชนิดที่ระบุ) โปรดตรวจสอบไฟล์และชนิดไฟล์`,
    );
  }
}
