/** Organizations (組織): cities and vendors. */
export * from './organization.schema.js';
