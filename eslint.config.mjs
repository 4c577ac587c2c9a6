// Lint enforces the boundaries of STYLE.md: the domain stays pure, features do not deep-import each other's
// internals, and promises are never left floating.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The domain is imported by feature ('@outreach/domain/bookings', package.json `exports`): no flat barrel, no
// reaching into a feature's files. (A later block's no-restricted-imports replaces an earlier one, hence the const.)
const domainImports = {
  paths: [{ name: '@outreach/domain', message: "Import from the feature's subpath, e.g. '@outreach/domain/bookings'." }],
  patterns: [{ group: ['@outreach/domain/*/*'], message: "Import from the feature's subpath ('@outreach/domain/<feature>'), not from its files." }],
};

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/coverage/**', '**/*.cjs', '**/*.mjs', '**/vite.config.ts', '**/test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'off',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['packages/domain/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@nestjs/*', 'typeorm', 'react', 'react-*', 'react-admin', 'ra-*', '@mui/*', 'exceljs', 'node:*', 'fs', 'path', 'crypto'], message: 'packages/domain is pure: no framework, database or I/O imports.' },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Pass time in as an argument; rules never read the clock.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Pass time in as an argument; rules never read the clock.' },
      ],
    },
  },
  {
    files: ['apps/**/*.ts', 'apps/**/*.tsx'],
    rules: { 'no-restricted-imports': ['error', { paths: domainImports.paths, patterns: domainImports.patterns }] },
  },
  {
    files: ['apps/api/src/modules/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...domainImports.paths,
            {
              name: '@nestjs/common',
              importNames: ['Get', 'Post', 'Put', 'Patch', 'Delete', 'All', 'HttpCode'],
              message: 'Declare a route with @Route.get|post|put|delete (common/http/route.ts): it says who may call it (ADR 0016).',
            },
          ],
          patterns: [
            ...domainImports.patterns,
            { group: ['../*/*.controller', '../*/*.repository'], message: 'Features use each other through exported services, not controllers or repositories.' },
          ],
        },
      ],
    },
  },
  {
    // The clock only through Clock (common/clock.ts), so tests can fix it.
    files: ['apps/api/src/modules/**/*.ts', 'apps/api/src/common/**/*.ts'],
    ignores: ['apps/api/src/common/clock.ts', '**/*.spec.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Read the time from the injected Clock.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Read the time from the injected Clock.' },
      ],
    },
  },
  {
    // The dashboard's now is the API's (common/serverClock.ts: each answer carries the API's clock).
    files: ['apps/dashboard/src/**/*.{ts,tsx}'],
    ignores: ['apps/dashboard/src/common/serverClock.ts', '**/*.spec.ts', '**/*.spec.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Use serverNow() or serverToday() (common/serverClock.ts): the API’s clock, not this PC’s.' },
      ],
    },
  },
  {
    files: ['apps/api/src/main.ts', 'apps/api/bench/**/*.ts', 'apps/*/test/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
