import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runFullDataWorker } from './full-data-thread';
import type { FullDataJob } from './full-data-worker';

/** The API thread's end of the export: a failing thread (reader or writer) rejects, once both stopped, and leaves no file behind. */
describe('runFullDataWorker', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'full-data-thread-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const job = (name: string): FullDataJob => ({
    format: 'xlsx',
    file: path.join(dir, `${name}.xlsx`),
    created: '2026-11-20T01:00:00.000Z',
    programs: [{ id: 'p1', municipality: '小樽市', title: '出張申請' }],
    database: { kind: 'sqlite', display: 'sqlite:missing', file: path.join(dir, 'missing.sqlite') },
    batch: 2000,
    sampleRows: 0,
  });

  it('rejects when the reader cannot read (its database is missing), with the reason, and writes no file', async () => {
    const j = job('unreadable');
    const batches: unknown[] = [];
    await expect(runFullDataWorker(j, (b) => batches.push(b))).rejects.toThrow(/full-data export: .*(unable to open|does not exist)/i);
    expect(batches).toEqual([]);
    expect(fs.existsSync(j.file)).toBe(false);
  });

  it('rejects when the threads exhaust their heaps (the bound of resourceLimits)', async () => {
    await expect(runFullDataWorker(job('heap'), () => undefined, { writer: 1, reader: 1 })).rejects.toThrow(/memory|exit code/i);
  });
});
