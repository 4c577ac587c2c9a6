/** Calls (架電・受電) and the weekly call report (週次報告) (API module calls, dashboard calls/ and call-weeks/). */
export * from './call-hours.js';
export * from './call.schema.js';
export * from './weekly-calls.js';
export * from './call-view.schema.js';
