/** Incidents (個人情報の事故報告, 特記事項 §12): the record, its rules and its labels (API module incidents). */
export * from './incident.schema.js';
export * from './incident-view.schema.js';
