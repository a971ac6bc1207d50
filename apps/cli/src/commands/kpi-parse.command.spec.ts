import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { ParsedKpiRecord } from '@bma-kpi/indicators-domain';

import type { CliIo } from '../cli-io';
import { createProgram } from '../program';
import { runKpiParse } from './kpi-parse.command';

// From apps/cli/src/commands up to the workspace root. shared/ lies beside the workspace.
const workspaceRoot = path.join(__dirname, '../../../..');
const samplePath = path.join(workspaceRoot, '../shared/samples/bma-kpi-0411-fy2564.txt');

interface CapturedIo extends CliIo {
  out: string;
  err: string;
  exitCode: number | null;
}

function captureIo(): CapturedIo {
  const io: CapturedIo = {
    out: '',
    err: '',
    exitCode: null,
    writeOut: (text) => {
      io.out += text;
    },
    writeErr: (text) => {
      io.err += text;
    },
    setExitCode: (code) => {
      io.exitCode = code;
    },
  };

  return io;
}

describe('kpi parse', () => {
  const tempDir = mkdtempSync(path.join(tmpdir(), 'kpi-parse-'));

  afterAll(() => {
    rmSync(tempDir, { recursive: true, force: true });
  });

  describe('on the FY2564 sample', () => {
    const io = captureIo();
    const exitCode = runKpiParse(samplePath, io);
    const record = JSON.parse(io.out) as ParsedKpiRecord;

    it('exits 0 without stderr', () => {
      expect(exitCode).toBe(0);
      expect(io.err).toBe('');
    });

    it.each([
      ['fiscalYear', 2564],
      ['type', 'routine'],
      ['resultLevel', 'outcome'],
      ['layout', 'headerless'],
    ])('prints %s', (field, expected) => {
      expect(record[field as keyof ParsedKpiRecord]).toBe(expected);
    });

    it('prints target and result', () => {
      expect(record.target).toMatchObject({ value: 100, unit: 'ร้อยละ' });
      expect(record.actual).toMatchObject({ value: 70, unit: 'ร้อยละ' });
    });

    it('prints the progress notes', () => {
      expect(record.progress).toHaveLength(12);
      expect(record.progress[0]).toMatchObject({
        date: '2020-10-28',
        quarter: 1,
        rawDate: '28/10/2563',
        text: 'อยู่ระหว่างขั้นตอนศึกษาข้อมูลโครงการ และเตรียมจัดทำโครงการ',
      });
    });

    it('prints the plan path', () => {
      expect(record.planPath.map((node) => node.code)).toEqual(['5', '5.4', '5.4.1', '5.4.1.1']);
      expect(record.planPath[0].nameEn).toBe('Bangkok as a Democratic City');
    });

    it('prints the warnings', () => {
      expect(record.warnings.map((warning) => warning.code)).toEqual([
        'NARRATIVE_CONTRADICTS_RESULT',
      ]);
    });

    it('prints pretty JSON ending in a newline', () => {
      expect(io.out.startsWith('{\n  "layout"')).toBe(true);
      expect(io.out.endsWith('}\n')).toBe(true);
    });
  });

  it('strips a byte order mark', () => {
    const file = path.join(tempDir, 'with-bom.txt');

    writeFileSync(file, `\uFEFF${readFileSync(samplePath, 'utf8')}`);
    const io = captureIo();

    expect(runKpiParse(file, io)).toBe(0);
    expect(JSON.parse(io.out).target.value).toBe(100);
  });

  describe('on a garbage file', () => {
    const file = path.join(tempDir, 'garbage.txt');

    writeFileSync(file, '{"hello": "world"}\nThis is not a KPI record.\n');
    const io = captureIo();
    const exitCode = runKpiParse(file, io);

    it('exits 1', () => {
      expect(exitCode).toBe(1);
    });

    it('prints the errors as JSON', () => {
      expect(JSON.parse(io.out)).toEqual({
        errors: [
          {
            code: 'NOT_A_KPI_RECORD',
            line: null,
            messageTh: expect.stringContaining('ไม่ใช่รายละเอียดตัวชี้วัด'),
            messageEn: expect.stringContaining('Not a KPI record export'),
          },
        ],
      });
    });

    it('prints one Thai-then-English line on stderr', () => {
      expect(io.err.split('\n')).toEqual([
        expect.stringMatching(/ไม่ใช่รายละเอียดตัวชี้วัด.* \/ Not a KPI record export/),
        '',
      ]);
    });
  });

  it.each([
    ['a missing file', 'missing.txt', 'ไม่พบไฟล์', 'File not found'],
    ['a directory', 'folder', 'เป็นโฟลเดอร์', 'is a directory'],
  ])('exits 2 on %s', (_case, name, thai, english) => {
    mkdirSync(path.join(tempDir, 'folder'), { recursive: true });
    const io = captureIo();

    expect(runKpiParse(path.join(tempDir, name), io)).toBe(2);
    expect(io.out).toBe('');
    expect(io.err).toContain(thai);
    expect(io.err).toContain(english);
  });

  it('runs through the program', async () => {
    const io = captureIo();
    const program = createProgram(io).exitOverride();

    await program.parseAsync(['kpi', 'parse', samplePath], { from: 'user' });

    expect(io.exitCode).toBe(0);
    expect(JSON.parse(io.out).fiscalYear).toBe(2564);
  });

  it('rejects a missing argument', async () => {
    const io = captureIo();
    const program = createProgram(io).exitOverride();

    program.commands.forEach((command) => command.commands.forEach((sub) => sub.exitOverride()));

    await expect(program.parseAsync(['kpi', 'parse'], { from: 'user' })).rejects.toThrow(
      "missing required argument 'file'",
    );
    expect(io.err).toContain("missing required argument 'file'");
  });
});
