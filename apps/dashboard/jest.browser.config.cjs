/** Browser tests: headless Chromium (playwright-core) against the built API serving the built dashboard. */

/**
 * BROWSER_TESTS=normal-paths,facility-journey runs only those files. CI's SQLite pass uses it: the browser tests
 * check screens, which the MariaDB pass has already run in full, and the API's storage is tested on both databases by
 * the integration tests; the few journeys kept walk the newcomer's default database end to end.
 */
const only = (process.env.BROWSER_TESTS ?? '').split(',').map((name) => name.trim()).filter(Boolean);

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/browser'],
  testMatch: only.length > 0 ? only.map((name) => `**/${name}.browser.ts`) : ['**/*.browser.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }] },
  // A whole user journey per test; generous, because CI may run it on two busy cores (speed is the bench's job).
  testTimeout: 150_000,
  reporters: ['default', ['<rootDir>/../../scripts/jest-summary-reporter.cjs', { name: 'dashboard-browser' }]],
};
