/** Applications (申請記録) one by one: the register (申請台帳) of a session, its rules and the counts derived from it (issue 19). */
export * from './application.schema.js';
export * from './application-view.schema.js';
export * from './register.js';
export * from './hand-over.js';
export * from './face-photo.js';
