/** Programs (事業): settings, targets, the visit-day calendar and target progress. */
export * from './current-program.js';
export * from './guidance.js';
export * from './program-api.schema.js';
export * from './periods.js';
export * from './program.schema.js';
export * from './progress.js';
export * from './visit-calendar.js';
export * from './program-view.schema.js';
