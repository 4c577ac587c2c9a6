/** Personal data (個人情報): the deletion ledger (個人情報削除記録) — what was deleted, when, by whom, on which rule (API module personal-data). */
export * from './deletion-ledger.js';
export * from './personal-data-view.schema.js';
