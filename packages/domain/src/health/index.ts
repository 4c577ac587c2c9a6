/** The health check's response. */
export * from './health.schema.js';
