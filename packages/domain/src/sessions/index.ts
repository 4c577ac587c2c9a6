/** Sessions (実施): a visit or event held, its counts and photo statistics. */
export * from './application-type.js';
export * from './off-day.js';
export * from './photo-stats.js';
export * from './session.schema.js';
export * from './session-view.schema.js';
export * from './session-figures.js';
