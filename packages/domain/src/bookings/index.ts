/** Bookings (予約): the slot engine, the intake (受付), travel and the reception list's rules (API module bookings). rules.ts stays internal: the engine's steps. */
export * from './availability.js';
export * from './booking-api.schema.js';
export * from './booking.schema.js';
export * from './engine.js';
export * from './intake.js';
export * from './pre-meetings.js';
export * from './slots.js';
export * from './travel.js';
export * from './travel-sheet.js';
export * from './validate.js';
export * from './booking-view.schema.js';
export * from './search.js';
export * from './wish-period.js';
