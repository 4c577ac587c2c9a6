/** Approvals (実施場所の承認, 004 §7(3)): the site record, its rules and its labels (API module approvals). */
export * from './site-approval.schema.js';
export * from './site-approval-view.schema.js';
