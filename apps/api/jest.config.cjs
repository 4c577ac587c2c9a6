/**
 * Two projects: `unit` (*.spec.ts beside the code, no database) and `integration` (test/**, a real database:
 * TEST_DATABASE_URL, or a fresh temporary SQLite file per test file).
 * NestJS 12 ships ESM only: @swc/jest compiles it (and our TypeScript, with decorator metadata) to CommonJS.
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];
const shared = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j|mj)s$': swc },
  transformIgnorePatterns: ['/node_modules/(?!(\\.pnpm/@nestjs\\+|@nestjs/))'],
  moduleNameMapper: {
    // One feature per subpath (packages/domain/package.json `exports`), read from the sources.
    '^@outreach/domain/([a-z-]+)$': '<rootDir>/../../packages/domain/src/$1/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
};
module.exports = {
  // Integration tests boot the app on a real database; the authorization matrix alone sends ~600 requests.
  testTimeout: 60000,
  reporters: ['default', ['<rootDir>/../../scripts/jest-summary-reporter.cjs', { name: 'api' }]],
  projects: [
    { ...shared, displayName: 'unit', roots: ['<rootDir>/src'], testMatch: ['**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'integration',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.int-spec.ts', '**/*.e2e-spec.ts'],
      // Two workers (package.json); on MySQL/MariaDB each has a database of its own (test/support/worker-database.ts).
      globalSetup: '<rootDir>/test/support/worker-database.ts',
      setupFiles: ['<rootDir>/test/support/worker-env.ts'],
    },
  ],
};
