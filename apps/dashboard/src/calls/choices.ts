import { CALL_CATEGORIES, CALL_OUTCOMES, callDirectionSchema } from '@outreach/domain/calls';

/** Choices whose names are translation keys (react-admin translates choice names). */
export const categoryChoices = CALL_CATEGORIES.map((id) => ({ id, name: `app.calls.categories.${id}` }));
export const outcomeChoices = CALL_OUTCOMES.map((id) => ({ id, name: `app.calls.outcomes.${id}` }));
export const kindChoices = (['single', 'bulk'] as const).map((id) => ({ id, name: `app.calls.kinds.${id}` }));
export const directionChoices = callDirectionSchema.options.map((id) => ({ id, name: `app.calls.directions.${id}` }));
