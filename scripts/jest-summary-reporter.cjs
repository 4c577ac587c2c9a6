/**
 * Appends one line per jest run ({ name, passed, failed, skipped, files, failures }) to reports/test-results.jsonl
 * at the repository root, so scripts/test-all.mjs and .ci/run can print one "N passed, N failed" line for every
 * suite of the monorepo, the slowest test files (CI has a time budget: the log says where it goes) and each failed
 * test by name at the end of the log (where a reader of CI's last lines finds it, however long the log).
 */
const fs = require('node:fs');
const path = require('node:path');

/** The first lines of a failure's message (an expectation's Expected / Received), without colours, as one line a log can show. */
function firstLine(text) {
  // eslint-disable-next-line no-control-regex
  const plain = String(text ?? '').replace(/\u001b\[[0-9;]*m/g, '');
  const lines = plain.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('●') && !l.startsWith('at '));
  const line = lines.slice(0, 3).join(' / ');
  return line.length > 240 ? `${line.slice(0, 239)}…` : line;
}

/** Each failed test ({ file, test, message }); a file that could not run at all is one failure of its own. */
function failuresOf(files) {
  const root = path.resolve(__dirname, '..');
  return files.flatMap((file) => {
    const where = path.relative(root, file.testFilePath);
    if (file.testExecError) return [{ file: where, test: '(the file did not run)', message: firstLine(file.testExecError.message) }];
    return file.testResults.filter((t) => t.status === 'failed').map((t) => ({ file: where, test: t.fullName, message: firstLine(t.failureMessages[0]) }));
  });
}

class JestSummaryReporter {
  constructor(globalConfig, options) {
    this.name = (options && options.name) || 'jest';
  }
  onRunComplete(_contexts, results) {
    const dir = path.resolve(__dirname, '..', 'reports');
    fs.mkdirSync(dir, { recursive: true });
    const line = {
      name: this.name,
      database: process.env.TEST_DATABASE_URL ? process.env.TEST_DATABASE_URL.split(':')[0] : 'sqlite',
      passed: results.numPassedTests,
      failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
      failures: failuresOf(results.testResults),
      skipped: results.numPendingTests,
      // Seconds per test file, so the summary can name the slowest.
      files: results.testResults.map((file) => ({
        file: path.relative(path.resolve(__dirname, '..'), file.testFilePath),
        seconds: Math.round((file.perfStats.end - file.perfStats.start) / 100) / 10,
      })),
    };
    fs.appendFileSync(path.join(dir, 'test-results.jsonl'), JSON.stringify(line) + '\n');
  }
}
module.exports = JestSummaryReporter;
