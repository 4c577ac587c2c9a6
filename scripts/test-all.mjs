#!/usr/bin/env node
// `pnpm test`: lint, typecheck, unit, integration/e2e and browser tests of every package through turbo,
// then one summary line "N passed, N failed" summed from every jest run (reports/test-results.jsonl).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const reportFile = join(root, 'reports', 'test-results.jsonl');
mkdirSync(join(root, 'reports'), { recursive: true });
rmSync(reportFile, { force: true });

const run = spawnSync(
  'pnpm',
  ['exec', 'turbo', 'run', 'lint', 'typecheck', 'test', 'test:integration', 'test:browser', '--concurrency=1', '--output-logs=new-only'],
  { cwd: root, stdio: 'inherit', env: process.env },
);

let passed = 0;
let failed = 0;
let skipped = 0;
const files = [];
const failures = [];
if (existsSync(reportFile)) {
  for (const line of readFileSync(reportFile, 'utf8').split('\n').filter(Boolean)) {
    const r = JSON.parse(line);
    files.push(...(r.files ?? []));
    failures.push(...(r.failures ?? []).map((f) => ({ ...f, suite: `${r.name} (${r.database})` })));
    passed += r.passed;
    failed += r.failed;
    skipped += r.skipped;
    console.log(`  ${r.name.padEnd(24)} ${r.database.padEnd(8)} ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped`);
  }
}
// Where the time went: the slowest test files (CI must stay under its budget; see docs/development.md).
if (files.length > 0) {
  const total = files.reduce((sum, f) => sum + f.seconds, 0);
  console.log(`  test files took ${Math.round(total)} s in all; the slowest:`);
  for (const f of files.sort((a, b) => b.seconds - a.seconds).slice(0, 12)) console.log(`    ${String(f.seconds).padStart(7)} s  ${f.file}`);
}
// Each failed test by name, last, so the end of a long log says what failed (.ci/run repeats these lines).
for (const f of failures) console.log(`  failed: ${f.suite} ${f.file} › ${f.test}${f.message ? ` — ${f.message}` : ''}`);
const code = run.status ?? 1;
// A failing lint or typecheck has no jest counts: count it as one failure so the summary never reads green.
if (code !== 0 && failed === 0) {
  failed = 1;
  console.log('  failed: a task without jest counts (lint, typecheck or a build): turbo names it above');
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(code);
