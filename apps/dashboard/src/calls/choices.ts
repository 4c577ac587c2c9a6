import { CALL_CATEGORIES, CALL_OUTCOMES, callDirectionSchema, callOutcomesOf } from '@outreach/domain/calls';

/** Choices whose names are translation keys (react-admin translates choice names). */
export const categoryChoices = CALL_CATEGORIES.map((id) => ({ id, name: `app.calls.categories.${id}` }));
export const outcomeChoices = CALL_OUTCOMES.map((id) => ({ id, name: `app.calls.outcomes.${id}` }));
/** The outcomes a call of this program can end with (no 予約成立 where no visit is booked). */
export const outcomeChoicesOf = (program: Parameters<typeof callOutcomesOf>[0]) => outcomeChoices.filter((c) => callOutcomesOf(program).includes(c.id));
export const kindChoices = (['single', 'bulk'] as const).map((id) => ({ id, name: `app.calls.kinds.${id}` }));
export const directionChoices = callDirectionSchema.options.map((id) => ({ id, name: `app.calls.directions.${id}` }));
