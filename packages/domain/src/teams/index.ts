/** Teams (チーム) of a visit day's half-days, and their itinerary (訪問行程表) (API module teams). */
export * from './team.js';
export * from './itinerary.js';
