/** Browser tests: headless Chromium (playwright-core) against the built API serving the built dashboard. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/browser'],
  testMatch: ['**/*.browser.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }] },
  // A whole user journey per test; generous, because CI may run it on two busy cores (speed is the bench's job).
  testTimeout: 150_000,
  reporters: ['default', ['<rootDir>/../../scripts/jest-summary-reporter.cjs', { name: 'dashboard-browser' }]],
};
