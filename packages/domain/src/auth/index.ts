/** Roles and what each may do, passwords and the login (API module auth). */
export * from './password.js';
export * from './roles.js';
export * from './auth-view.schema.js';
