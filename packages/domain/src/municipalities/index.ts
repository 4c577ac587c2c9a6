/** Municipalities (自治体): the input and the local government code. */
export * from './municipality.schema.js';
