import { organizationKindSchema, ROLES } from '@outreach/domain/auth';

/** Choices whose names are translation keys (react-admin translates choice names). */
export const roleChoices = ROLES.map((id) => ({ id, name: `app.roles.${id}` }));

export const organizationKindChoices = organizationKindSchema.options.map((id) => ({ id, name: `app.organizationKinds.${id}` }));
