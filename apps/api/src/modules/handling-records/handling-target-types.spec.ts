import fs from 'node:fs';
import path from 'node:path';
import { HANDLING_TARGET_TYPE_LABELS_JA, handlingTargetTypeLabel } from '@outreach/domain/reports';

/** Every .ts file under src but the specs. */
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts') ? [full] : [];
  });
}

/**
 * 取扱記録 shows what kind of record each row is about (対象の種類) in Japanese: a kind the API records without a label
 * reads 「その他」 on the screen and in the §15 report, which is how チーム編成's rows were shown until they had one.
 */
describe('the handling record’s kinds of target', () => {
  const written = new Set(sources(path.join(__dirname, '..', '..')).flatMap((file) => [...fs.readFileSync(file, 'utf8').matchAll(/resourceType: '([a-z_]+)'/g)].map((m) => m[1])));

  it('reads the kinds the API records from its source', () => {
    expect([...written]).toEqual(expect.arrayContaining(['booking', 'visit_team', 'report_submission']));
  });

  it('names every kind the API records in Japanese, never 「その他」', () => {
    const unnamed = [...written].filter((kind) => !Object.hasOwn(HANDLING_TARGET_TYPE_LABELS_JA, kind));
    expect(unnamed).toEqual([]);
    expect([...written].map(handlingTargetTypeLabel).filter((label) => label === 'その他')).toEqual([]);
  });
});
