/** Reports (帳票): the Excel reports' parameters and row shaping, pure functions from plain rows to sheet layouts (no exceljs here). */
export * from './city-summary.js';
export * from './daily-report.js';
export * from './figures.js';
export * from './labels.js';
export * from './period-reports.js';
export * from './reception-list.js';
export * from './facility-list.js';
export * from './report-params.js';
export * from './sheet.js';
export * from './tables.js';
export * from './weekly-calls-report.js';
export * from './reception-slips.js';
export * from './deletion-certificate.js';
export * from './report-downloads.js';
export * from './handling-record-report.js';
export * from './report-view.schema.js';
export * from './print-scale.js';
