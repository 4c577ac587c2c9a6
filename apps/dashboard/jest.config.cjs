/** Unit tests of the dashboard's pure helpers (*.spec.ts beside the code), in Node: no DOM, no React rendering. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.spec.ts'],
  // .js too: @outreach/domain is ESM and resolves outside node_modules (a workspace link), so jest transforms it.
  transform: {
    '^.+\\.(ts|js)$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  reporters: ['default', ['<rootDir>/../../scripts/jest-summary-reporter.cjs', { name: 'dashboard-unit' }]],
};
