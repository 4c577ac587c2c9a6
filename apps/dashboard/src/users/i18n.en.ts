import type { usersJa, usersResourceJa } from './i18n';

/** The English labels of this folder's screens (app.* / resources.*), loaded only when a user switches to English. */
export const usersEn: typeof usersJa = {
  resetPassword: 'Reset password',
  resetConfirmTitle: 'Reset the password?',
  resetConfirmContent: "%{name}'s current password stops working and a temporary password is issued.",
  temporaryPassword: 'Temporary password',
  temporaryPasswordNote: 'This temporary password is shown only once. Pass it on to the user safely.',
};

export const usersResourceEn: typeof usersResourceJa = {
  name: 'User |||| Users',
  fields: {
    id: 'ID',
    name: 'Name',
    email: 'Email address',
    role: 'Role',
    active: 'Active',
    organizationId: 'Organization',
    organizationName: 'Organization',
    lastLoginAt: 'Last sign-in',
    createdAt: 'Created',
    password: 'Initial password',
  },
};
