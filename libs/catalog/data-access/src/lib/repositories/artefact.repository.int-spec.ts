import { randomUUID } from 'node:crypto';
import { InvalidInputError, RecordNotFoundError } from '@bma-kpi/database';
import { openTestCatalogDatabase, testBackends, type TestCatalogDatabase } from '../../testing';
import { ArtefactLockedError, ArtefactSupersededError } from '../catalog-errors';
import { ArtefactRepository } from './artefact.repository';
import type { EvidenceFileInput } from './artefact.types';

const orderPdf: EvidenceFileInput = {
  sha256: 'b'.repeat(64),
  fileName: 'คำสั่งแต่งตั้ง.pdf',
  contentType: 'application/pdf',
  sizeBytes: 120_000,
};
const photo: EvidenceFileInput = {
  sha256: 'c'.repeat(64),
  fileName: 'photo.jpg',
  contentType: 'image/jpeg',
  sizeBytes: 5,
};

describe.each(testBackends)('ArtefactRepository on %s', (backend) => {
  let test: TestCatalogDatabase;
  let artefacts: ArtefactRepository;

  beforeAll(async () => {
    test = await openTestCatalogDatabase(backend);
    artefacts = new ArtefactRepository(test.db.prisma);
  });

  afterAll(async () => {
    await test.dispose();
  });

  it('creates an artefact with evidence', async () => {
    const created = await artefacts.create(
      {
        agencyCode: '0411',
        fiscalYear: 2567,
        kind: 'appointmentOrder',
        title: 'คำสั่งแต่งตั้งคณะทำงาน',
        evidence: [orderPdf],
      },
      'alice',
      'corr-1',
      (artefact) => [
        {
          id: randomUUID(),
          subject: 'events.catalog.artefact.created.v1',
          payload: { artefactId: artefact.id },
          correlationId: 'corr-1',
        },
      ],
    );

    expect(created).toMatchObject({
      version: 1,
      supersedesId: null,
      supersededById: null,
      lockedAt: null,
      usageScope: null,
    });
    expect(
      created.evidence.map((file) => [file.fileName, file.sizeBytes, file.uploadedBy]),
    ).toEqual([['คำสั่งแต่งตั้ง.pdf', 120_000, 'alice']]);
    expect(await artefacts.get(created.id)).toEqual(created);
    expect(await artefacts.get(randomUUID())).toBeNull();
    expect(
      await test.db.prisma.outboxEvent.count({
        where: { payload: { equals: { artefactId: created.id } } },
      }),
    ).toBe(1);
    expect(await test.db.prisma.changeLog.count({ where: { correlationId: 'corr-1' } })).toBe(2);
  });

  it('checks the usage scope and fiscal year', async () => {
    const base = { agencyCode: '0411', fiscalYear: 2567, title: 'หลักฐาน' };

    await expect(
      artefacts.create({ ...base, kind: 'evidenceOfUse' }, 'alice', null, []),
    ).rejects.toThrow(InvalidInputError);
    await expect(
      artefacts.create(
        { ...base, kind: 'catalogSubmission', usageScope: 'public' },
        'alice',
        null,
        [],
      ),
    ).rejects.toThrow(InvalidInputError);
    await expect(
      artefacts.create({ ...base, kind: 'catalogSubmission', fiscalYear: 2024 }, 'alice', null, []),
    ).rejects.toThrow(InvalidInputError);
    const used = await artefacts.create(
      { ...base, kind: 'evidenceOfUse', usageScope: 'bma' },
      'alice',
      null,
      [],
    );

    expect(used.usageScope).toBe('bma');
  });

  it('adds and removes evidence of an unlocked artefact', async () => {
    const created = await artefacts.create(
      {
        agencyCode: '0411',
        fiscalYear: 2567,
        kind: 'databaseDevelopmentPlan',
        title: 'แผนพัฒนาฐานข้อมูล',
      },
      'alice',
      null,
      [],
    );
    const added = await artefacts.addEvidence(created.id, photo, 'bob', null, []);
    const evidenceId = added.evidence[0]?.id ?? '';
    const removed = await artefacts.removeEvidence(created.id, evidenceId, 'bob', null, []);

    expect(added.evidence.map((file) => file.sha256)).toEqual([photo.sha256]);
    expect(removed.evidence).toEqual([]);
    await expect(artefacts.removeEvidence(created.id, evidenceId, 'bob', null, [])).rejects.toThrow(
      RecordNotFoundError,
    );
    await expect(
      artefacts.addEvidence(created.id, { ...photo, sha256: 'not-a-hash' }, 'bob', null, []),
    ).rejects.toThrow(InvalidInputError);
  });

  it('locks an artefact and then rejects evidence changes', async () => {
    const created = await artefacts.create(
      {
        agencyCode: '0411',
        fiscalYear: 2567,
        kind: 'catalogSubmission',
        title: 'บัญชีข้อมูล',
        evidence: [orderPdf],
      },
      'alice',
      null,
      [],
    );
    const signOff = { reason: 'ผลประเมินไตรมาส 1 ลงนามแล้ว', evaluationId: 'eval-2568-q1' };
    const locked = await artefacts.lock(created.id, signOff, 'evaluator', 'corr-lock', []);
    const again = await artefacts.lock(created.id, { reason: 'ล็อกซ้ำ' }, 'someone-else', 'corr-lock', []);

    expect(locked.lockedAt).not.toBeNull();
    expect([locked.lockedBy, locked.lockReason, locked.lockEvaluationId]).toEqual(['evaluator', signOff.reason, 'eval-2568-q1']);
    expect(again.lockedAt).toBe(locked.lockedAt);
    expect([again.lockedBy, again.lockReason]).toEqual(['evaluator', signOff.reason]);
    expect(await test.db.prisma.changeLog.count({ where: { correlationId: 'corr-lock' } })).toBe(1);
    await expect(artefacts.addEvidence(created.id, photo, 'bob', null, [])).rejects.toThrow(
      ArtefactLockedError,
    );
    await expect(
      artefacts.removeEvidence(created.id, created.evidence[0]?.id ?? '', 'bob', null, []),
    ).rejects.toThrow(ArtefactLockedError);
    expect((await artefacts.get(created.id))?.evidence).toHaveLength(1);
    await expect(artefacts.lock(randomUUID(), { reason: 'x' }, 'evaluator', null, [])).rejects.toThrow(
      RecordNotFoundError,
    );
  });

  it('supersedes a locked artefact once', async () => {
    const first = await artefacts.create(
      { agencyCode: '5047', fiscalYear: 2568, kind: 'appointmentOrder', title: 'คำสั่ง ฉบับที่ 1' },
      'alice',
      null,
      [],
    );

    await artefacts.lock(first.id, { reason: 'ลงนามแล้ว' }, 'evaluator', null, []);
    const second = await artefacts.supersede(
      first.id,
      { title: 'คำสั่ง ฉบับที่ 2', evidence: [photo] },
      'alice',
      null,
      [],
    );

    expect(second).toMatchObject({
      version: 2,
      supersedesId: first.id,
      agencyCode: '5047',
      fiscalYear: 2568,
      lockedAt: null,
    });
    expect(second.evidence).toHaveLength(1);
    expect((await artefacts.get(first.id))?.supersededById).toBe(second.id);
    await expect(artefacts.supersede(first.id, { title: 'ซ้ำ' }, 'alice', null, [])).rejects.toThrow(
      ArtefactSupersededError,
    );
    const third = await artefacts.supersede(second.id, { title: 'คำสั่ง ฉบับที่ 3' }, 'alice', null, []);

    expect(third.version).toBe(3);
    expect(
      (await artefacts.listByAgency('5047', 2568)).map((artefact) => artefact.version),
    ).toEqual([1, 2, 3]);
    expect(await artefacts.listByAgency('5047', 2567)).toEqual([]);
  });

  it('rolls back a supersede whose events fail', async () => {
    const first = await artefacts.create(
      { agencyCode: '1000', fiscalYear: 2568, kind: 'catalogSubmission', title: 'บัญชีข้อมูล' },
      'alice',
      null,
      [],
    );

    await expect(
      artefacts.supersede(first.id, { title: 'ฉบับใหม่' }, 'alice', null, () => {
        throw new Error('event builder failed');
      }),
    ).rejects.toThrow('event builder failed');
    expect((await artefacts.listByAgency('1000', 2568)).map((artefact) => artefact.id)).toEqual([
      first.id,
    ]);
  });
});
