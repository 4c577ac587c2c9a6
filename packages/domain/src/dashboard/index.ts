/** The dashboard's series: target charts, sessions by week, the attention list. */
export * from './dashboard.js';
export * from './dashboard-view.schema.js';
