/** Call-backs (折り返し): a caller's request kept when no slot fits (API module call-backs). */
export * from './call-back.schema.js';
