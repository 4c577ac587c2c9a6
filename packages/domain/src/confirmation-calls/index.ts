/** Confirmation calls (前日確認): the call the day before a visit, and what came of it (API module confirmation-calls). */
export * from './confirmation-call.js';
