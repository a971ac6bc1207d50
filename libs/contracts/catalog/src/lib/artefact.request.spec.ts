import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';

import { AddEvidenceRequest, CreateArtefactRequest, ListArtefactsRequest, LockArtefactRequest } from './artefact.request';

const sha256 = 'a'.repeat(64);
const artefactId = '3f2b8c1e-7d4a-4e1b-9c2d-5a6b7c8d9e0f';

const validArtefact = {
  agencyCode: '0411',
  fiscalYear: 2567,
  kind: 'evidenceOfUse',
  usageScope: 'public',
  title: 'หลักฐานการใช้ประโยชน์ฐานข้อมูล',
  evidence: [{ sha256, fileName: 'หลักฐาน.pdf', contentType: 'application/pdf', sizeBytes: 1024 }],
};

const validEvidence = { artefactId, sha256, fileName: 'คำสั่ง.pdf', contentType: 'application/pdf', sizeBytes: 10 };

function failedProperties(type: new () => object, plain: object): string[] {
  const errors = validateSync(plainToInstance(type, plain), { whitelist: true, forbidNonWhitelisted: true });

  return errors.flatMap((error) => [error.property, ...(error.children ?? []).flatMap((child) => (child.children ?? []).map((leaf) => `${error.property}.${leaf.property}`))]);
}

describe('CreateArtefactRequest', () => {
  it('accepts a complete artefact', () => {
    expect(failedProperties(CreateArtefactRequest, validArtefact)).toEqual([]);
  });

  it.each([
    ['fiscalYear', 2024],
    ['fiscalYear', '2567'],
    ['kind', 'minutes'],
    ['usageScope', 'world'],
    ['title', '   '],
    ['agencyCode', ''],
  ])('rejects %s = %p', (field, value) => {
    expect(failedProperties(CreateArtefactRequest, { ...validArtefact, [field]: value })).toEqual([field]);
  });

  it('rejects a malformed evidence hash', () => {
    const evidence = [{ ...validArtefact.evidence[0], sha256: 'A'.repeat(64) }];

    expect(failedProperties(CreateArtefactRequest, { ...validArtefact, evidence })).toEqual(['evidence', 'evidence.sha256']);
  });
});

describe('AddEvidenceRequest', () => {
  it('accepts a Thai file name', () => {
    expect(failedProperties(AddEvidenceRequest, validEvidence)).toEqual([]);
  });

  it.each([
    ['fileName', '../secret.pdf'],
    ['fileName', 'a\u0000b.pdf'],
    ['fileName', 'x'.repeat(256)],
    ['contentType', 'application/pdf; charset=utf-8'],
    ['contentType', 'pdf'],
    ['sizeBytes', -1],
    ['sizeBytes', 1.5],
    ['sha256', '0'.repeat(63)],
    ['artefactId', 'not-a-uuid'],
  ])('rejects %s = %p', (field, value) => {
    expect(failedProperties(AddEvidenceRequest, { ...validEvidence, [field]: value })).toEqual([field]);
  });
});

describe('ListArtefactsRequest', () => {
  it('reads query strings', () => {
    const request = plainToInstance(ListArtefactsRequest, { agency: '0411', fiscalYear: '2567', latestOnly: 'true' });

    expect(validateSync(request)).toEqual([]);
    expect(request.fiscalYear).toBe(2567);
    expect(request.latestOnly).toBe(true);
  });

  it.each([
    [{ agency: '0411' }, 'fiscalYear'],
    [{ fiscalYear: '2567' }, 'agency'],
    [{ agency: '0411', fiscalYear: '2567', latestOnly: 'yes' }, 'latestOnly'],
  ])('rejects %p', (query, field) => {
    expect(failedProperties(ListArtefactsRequest, query)).toEqual([field]);
  });
});

describe('LockArtefactRequest', () => {
  it('requires a reason', () => {
    expect(failedProperties(LockArtefactRequest, { artefactId })).toEqual(['reason']);
  });
});
