import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';

import type { CatalogMessages, EvidenceFileRequest } from '@bma-kpi/contracts-catalog';
import { CatalogSubjects } from '@bma-kpi/contracts-catalog';
import type { DomainException } from '@bma-kpi/errors';
import type { ServiceClient } from '@bma-kpi/messaging';
import type { ObjectStore } from '@bma-kpi/object-store';

import {
  catalogTestTransports,
  countEvents,
  eventually,
  startCatalogService,
  type CatalogTestTransport,
  type RunningCatalogService,
} from '../testing/catalog-test-transport';

jest.setTimeout(60_000);

const submittedSubject = 'events.catalog.artefact.submitted.v1';
const evidenceChangedSubject = 'events.catalog.artefact.evidence-changed.v1';
const lockedSubject = 'events.catalog.artefact.locked.v1';

describe.each(catalogTestTransports)('artefacts over %s', (_name, openTransport) => {
  let transport: CatalogTestTransport;
  let running: RunningCatalogService;
  // A second handle on the service's store, as the gateway has one, for the test to upload through.
  let uploadStore: ObjectStore;
  let sut: ServiceClient<CatalogMessages>;
  const context = { correlationId: 'artefact-int-spec', actor: 'officer-0411' };
  const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as DomainException);

  /** Uploads bytes as the gateway does and returns the evidence fields that point at them. */
  async function upload(bytes: Buffer, fileName: string): Promise<EvidenceFileRequest> {
    const stored = await uploadStore.put(Readable.from([bytes]), { maxBytes: 1024 * 1024 });

    return { sha256: stored.sha256, fileName, contentType: 'application/pdf', sizeBytes: stored.sizeBytes };
  }

  beforeAll(async () => {
    transport = await openTransport();
    uploadStore = await transport.objectStore();
    running = await startCatalogService(transport, { objectStore: await transport.objectStore() });
    sut = running.client;
  });

  afterAll(async () => {
    await running?.close();
    await uploadStore?.close();
    await transport?.cleanUp();
  });

  let orderId = '';
  let orderFile: EvidenceFileRequest;

  it('creates an artefact with stored evidence', async () => {
    orderFile = await upload(Buffer.from('%PDF-1.7 คำสั่งแต่งตั้ง'), 'คำสั่งแต่งตั้งคณะทำงาน.pdf');
    const created = await sut.request(
      CatalogSubjects.artefactCreate,
      { agencyCode: '0411', fiscalYear: 2567, kind: 'appointmentOrder', title: 'คำสั่งแต่งตั้งคณะทำงานกำกับดูแลข้อมูล', evidence: [orderFile] },
      context,
    );

    expect(created.version).toBe(1);
    expect(created.lockedAt).toBeNull();
    expect(created.createdBy).toBe('officer-0411');
    expect(created.evidence.map((file) => [file.sha256, file.fileName, file.sizeBytes])).toEqual([
      [orderFile.sha256, 'คำสั่งแต่งตั้งคณะทำงาน.pdf', orderFile.sizeBytes],
    ]);
    orderId = created.id;
  });

  it('relays artefact.submitted through the outbox', async () => {
    await eventually(async () => (await countEvents(transport, submittedSubject)) >= 1);

    expect(await countEvents(transport, submittedSubject)).toBe(1);
  });

  it('rejects evidence that is not stored', async () => {
    const missing = createHash('sha256').update(randomBytes(16)).digest('hex');
    const error = await failure(
      sut.request(
        CatalogSubjects.evidenceAdd,
        { artefactId: orderId, sha256: missing, fileName: 'x.pdf', contentType: 'application/pdf', sizeBytes: 10 },
        context,
      ),
    );

    expect(error?.code).toBe('CATALOG_EVIDENCE_OBJECT_MISSING');
    expect(error?.extra.errors?.[0]?.field).toBe('sha256');
  });

  it('rejects a size that differs from the stored file', async () => {
    const error = await failure(sut.request(CatalogSubjects.evidenceAdd, { ...orderFile, artefactId: orderId, sizeBytes: 1 }, context));

    expect(error?.code).toBe('VALIDATION_FAILED');
    expect(error?.extra.errors?.[0]?.rule).toBe('matchesStoredObject');
  });

  it('rejects an evidenceOfUse artefact without usageScope', async () => {
    const error = await failure(
      sut.request(CatalogSubjects.artefactCreate, { agencyCode: '0411', fiscalYear: 2567, kind: 'evidenceOfUse', title: 'หลักฐานการใช้งาน' }, context),
    );

    expect(error?.code).toBe('VALIDATION_FAILED');
    expect(error?.extra.errors?.map((fieldError) => fieldError.field)).toEqual(['usageScope']);
  });

  it('rejects a Christian-era fiscal year', async () => {
    const error = await failure(
      sut.request(CatalogSubjects.artefactCreate, { agencyCode: '0411', fiscalYear: 2024, kind: 'appointmentOrder', title: 'คำสั่ง' }, context),
    );

    expect(error?.code).toBe('VALIDATION_FAILED');
    expect(error?.extra.errors?.map((fieldError) => fieldError.field)).toEqual(['fiscalYear']);
  });

  it('adds and removes evidence', async () => {
    const extra = await upload(Buffer.from('%PDF-1.7 ภาคผนวก'), 'ภาคผนวก.pdf');
    const added = await sut.request(CatalogSubjects.evidenceAdd, { ...extra, artefactId: orderId }, context);
    const extraId = added.evidence.find((file) => file.sha256 === extra.sha256)?.id ?? '';
    const removed = await sut.request(CatalogSubjects.evidenceRemove, { artefactId: orderId, evidenceId: extraId }, context);

    expect(added.evidence).toHaveLength(2);
    expect(removed.evidence.map((file) => file.sha256)).toEqual([orderFile.sha256]);
    await eventually(async () => (await countEvents(transport, evidenceChangedSubject)) >= 2);
    expect(await countEvents(transport, evidenceChangedSubject)).toBe(2);
  });

  it('reports evidence that does not exist', async () => {
    const error = await failure(
      sut.request(CatalogSubjects.evidenceRemove, { artefactId: orderId, evidenceId: '00000000-0000-4000-8000-000000000000' }, context),
    );

    expect(error?.code).toBe('CATALOG_EVIDENCE_NOT_FOUND');
  });

  it('locks an artefact once', async () => {
    const lock = { artefactId: orderId, reason: 'ลงนามผลการประเมินไตรมาส 4', evaluationId: 'round-2567-q4' };
    const locked = await sut.request(CatalogSubjects.artefactLock, lock, context);
    const again = await sut.request(CatalogSubjects.artefactLock, lock, context);

    expect(locked.lockedAt).not.toBeNull();
    expect(again.lockedAt).toBe(locked.lockedAt);
    await eventually(async () => (await countEvents(transport, lockedSubject)) >= 1);
    expect(await countEvents(transport, lockedSubject)).toBe(1);
  });

  it('rejects evidence changes after the lock', async () => {
    const extra = await upload(Buffer.from('%PDF-1.7 ฉบับแก้ไข'), 'ฉบับแก้ไข.pdf');
    const adding = await failure(sut.request(CatalogSubjects.evidenceAdd, { ...extra, artefactId: orderId }, context));
    const stored = await sut.request(CatalogSubjects.artefactGet, { artefactId: orderId }, context);
    const removing = await failure(
      sut.request(CatalogSubjects.evidenceRemove, { artefactId: orderId, evidenceId: stored.evidence[0]?.id ?? '' }, context),
    );

    expect(adding?.code).toBe('CATALOG_ARTEFACT_LOCKED');
    expect(adding?.messageEn).toContain('Supersede');
    expect(adding?.messageTh).toContain('ฉบับใหม่');
    expect(removing?.code).toBe('CATALOG_ARTEFACT_LOCKED');
    expect(stored.evidence).toHaveLength(1);
  });

  it('supersedes a locked artefact', async () => {
    const revised = await upload(Buffer.from('%PDF-1.7 คำสั่งฉบับปรับปรุง'), 'คำสั่งฉบับปรับปรุง.pdf');
    const next = await sut.request(
      CatalogSubjects.artefactSupersede,
      { artefactId: orderId, title: 'คำสั่งแต่งตั้งฉบับปรับปรุง', keepEvidence: true, evidence: [revised] },
      context,
    );
    const again = await failure(sut.request(CatalogSubjects.artefactSupersede, { artefactId: orderId, title: 'ซ้ำ' }, context));

    expect(next.version).toBe(2);
    expect(next.supersedesId).toBe(orderId);
    expect(next.lockedAt).toBeNull();
    expect(next.evidence.map((file) => file.sha256)).toEqual([orderFile.sha256, revised.sha256]);
    expect(again?.code).toBe('CATALOG_ARTEFACT_SUPERSEDED');
  });

  it('lists the latest versions of a kind', async () => {
    const all = await sut.request(CatalogSubjects.artefactList, { agency: '0411', fiscalYear: 2567 }, context);
    const latest = await sut.request(CatalogSubjects.artefactList, { agency: '0411', fiscalYear: 2567, kind: 'appointmentOrder', latestOnly: true }, context);
    const otherYear = await sut.request(CatalogSubjects.artefactList, { agency: '0411', fiscalYear: 2566 }, context);

    expect(all.items.map((artefact) => artefact.version)).toEqual([1, 2]);
    expect(latest.items.map((artefact) => artefact.version)).toEqual([2]);
    expect(latest.total).toBe(1);
    expect(otherYear.items).toEqual([]);
  });

  it('reports an artefact that does not exist', async () => {
    const error = await failure(sut.request(CatalogSubjects.artefactGet, { artefactId: '00000000-0000-4000-8000-000000000000' }, context));

    expect(error?.code).toBe('CATALOG_ARTEFACT_NOT_FOUND');
  });

  it('rejects a malformed sha256', async () => {
    const error = await failure(
      sut.request(
        CatalogSubjects.evidenceAdd,
        { artefactId: orderId, sha256: '../etc/passwd', fileName: 'a.pdf', contentType: 'application/pdf', sizeBytes: 1 },
        context,
      ),
    );

    expect(error?.code).toBe('VALIDATION_FAILED');
    expect(error?.extra.errors?.map((fieldError) => fieldError.field)).toEqual(['sha256']);
  });
});
