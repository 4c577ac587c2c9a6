/**
 * Appends one line per jest run ({ name, passed, failed, skipped, files }) to reports/test-results.jsonl at the
 * repository root, so scripts/test-all.mjs and .ci/run can print one "N passed, N failed" line for every
 * suite of the monorepo, and the slowest test files (CI has a time budget: the log says where it goes).
 */
const fs = require('node:fs');
const path = require('node:path');

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
