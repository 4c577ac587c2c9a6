/** Facilities (003 §8(2)オ(イ), §9(2); 001 第3–第8): coordination with a welfare facility before its visit (API module facilities), and its applicant list (申請者名簿) template and import rules. */
export * from './coordination.js';
export * from './coordination-view.schema.js';
export * from './applicant-list.js';
export * from './applicant-list-state.js';
export * from './facility.js';
