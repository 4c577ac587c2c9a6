/** The handling record (取扱記録): the actions' labels. */
export * from './handling-actions.js';
export * from './handling-record-view.schema.js';
