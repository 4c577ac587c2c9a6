import { issuesToFieldErrors } from '@outreach/domain/common';
import { incidentInputSchema, incidentKindSchema, incidentStatusSchema } from '@outreach/domain/incidents';
import { type NestedErrors, nestErrors } from '../common/validate';

/** Choices whose names are translation keys (react-admin translates choice names). */
export const kindChoices = incidentKindSchema.options.map((id) => ({ id, name: `app.incidents.kinds.${id}` }));
export const statusChoices = incidentStatusSchema.options.map((id) => ({ id, name: `app.incidents.statuses.${id}` }));

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

/** The incident body the API takes from the form's values (a record carries nulls and fields the API does not take). */
export function incidentInputOf(values: Record<string, unknown>): Record<string, unknown> {
  const body: Record<string, unknown> = {
    kind: values.kind,
    occurredAt: values.occurredAt ?? '',
    discoveredAt: values.discoveredAt ?? '',
    residentsAffected: typeof values.residentsAffected === 'number' ? values.residentsAffected : values.residentsAffected === undefined || values.residentsAffected === null || values.residentsAffected === '' ? undefined : Number(values.residentsAffected),
    summary: values.summary ?? '',
    actionsTaken: text(values.actionsTaken),
    cityInstructions: text(values.cityInstructions),
    status: values.status ?? 'reported',
  };
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
}

/** The form's validate: the shared schema's messages on the body the API would get. */
export function validateIncident(values: Record<string, unknown>): NestedErrors {
  const parsed = incidentInputSchema.safeParse(incidentInputOf(values));
  return parsed.success ? {} : nestErrors(issuesToFieldErrors(parsed.error.issues));
}
