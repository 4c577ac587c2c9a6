/** The Excel reports' row shaping: pure functions from plain rows to sheet layouts (no exceljs here). */
export * from './sheet.js';
export * from './labels.js';
export * from './report-params.js';
export * from './figures.js';
export * from './tables.js';
export * from './daily-report.js';
export * from './weekly-calls-report.js';
export * from './period-reports.js';
export * from './city-summary.js';
export * from './reception-list.js';
