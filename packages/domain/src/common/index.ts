/** What every feature shares: JST date keys, holidays, 和暦, errors, input cleaning, list queries, week/month buckets. */
export * from './buckets.js';
export * from './dates.js';
export * from './errors.js';
export * from './holidays.js';
export * from './input.js';
export * from './kana.js';
export * from './list-query.js';
export * from './wareki.js';
export * from './view.js';
export * from './bucket-view.js';
export * from './zod-ja.js';
