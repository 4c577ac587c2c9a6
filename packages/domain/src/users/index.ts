/** Users (利用者): create and update. */
export * from './user.schema.js';
