/** Closing a contract (契約終了, 特記事項 §10): the checklist, the closing and its refusals (API module program-closing). */
export * from './program-closing.js';
export * from './program-closing-view.schema.js';
