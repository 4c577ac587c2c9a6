/** Approvals: 実施場所の承認 (004 §7(3)) and 業務計画書 (004 §8(1)) — their records, rules and labels (API module approvals). */
export * from './site-approval.schema.js';
export * from './site-approval-view.schema.js';
export * from './business-plan.schema.js';
export * from './business-plan-view.schema.js';
