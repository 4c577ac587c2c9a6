/** Follow-ups: defects (不備) and inquiries (問合せ). */
export * from './follow-up.schema.js';
export * from './follow-up-view.schema.js';
