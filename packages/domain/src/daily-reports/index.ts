/** Daily reports (日次報告): the draft, the workflow every report to the city follows, timeliness. */
export * from './daily-report.schema.js';
export * from './report-workflow.js';
export * from './timeliness.js';
export * from './reporting-rates-view.schema.js';
export * from './daily-report-view.schema.js';
