import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseEnv } from '../config/env';
import { FileClock } from './clock';

describe(FileClock.name, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clock-'));
  const file = path.join(dir, 'now');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('answers the instant in its file, and the new one once the file changes', () => {
    fs.writeFileSync(file, '2026-10-01T01:00:00.000Z\n');
    const clock = new FileClock(file);
    expect(clock.now().toISOString()).toBe('2026-10-01T01:00:00.000Z');
    fs.writeFileSync(file, '2026-11-05T00:30:00.000Z');
    expect(clock.now().toISOString()).toBe('2026-11-05T00:30:00.000Z');
  });

  it('runs on from the instant in its file when asked to, and starts again from a new one', async () => {
    fs.writeFileSync(file, '2026-11-19T00:30:00.000Z');
    const clock = new FileClock(file, true);
    const first = clock.now().getTime();
    await new Promise((resolve) => setTimeout(resolve, 30));
    const later = clock.now().getTime();
    expect(first).toBeGreaterThanOrEqual(Date.parse('2026-11-19T00:30:00.000Z'));
    expect(later - first).toBeGreaterThanOrEqual(25);
    expect(later - Date.parse('2026-11-19T00:30:00.000Z')).toBeLessThan(60_000);
    fs.writeFileSync(file, '2027-01-20T00:30:00.000Z\n');
    expect(clock.now().getTime() - Date.parse('2027-01-20T00:30:00.000Z')).toBeLessThan(1_000);
  });

  it('refuses a file without an instant, and refuses to run in production', () => {
    fs.writeFileSync(file, 'tomorrow');
    expect(() => new FileClock(file)).toThrow(/no ISO instant/);
    expect(() => parseEnv({ NODE_ENV: 'production', CLOCK_FILE: file })).toThrow(/CLOCK_FILE: CLOCK_FILE はテスト用です/);
    expect(parseEnv({ NODE_ENV: 'test', CLOCK_FILE: file }).CLOCK_FILE).toBe(file);
  });
});
