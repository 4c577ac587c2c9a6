import type { loginJa, menuJa } from './i18n';

/** The English labels of this folder's screens (app.* / resources.*), loaded only when a user switches to English. */
export const loginEn: typeof loginJa = {
  email: 'Email address',
  password: 'Password',
  totp: 'Verification code',
  totpHelp: 'The 6 digits shown by your authenticator app',
  submit: 'Sign in',
  restart: 'Start again with the email address',
};

export const menuEn: typeof menuJa = {
  reception: 'Reception',
  visits: 'Visits',
  followUps: 'Follow-ups',
  reports: 'Reports',
  personalData: 'Personal data',
  administration: 'Administration',
};
