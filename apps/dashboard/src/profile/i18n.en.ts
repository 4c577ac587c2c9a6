import type { profileJa } from './i18n';

/** The English labels of this folder's screens (app.* / resources.*), loaded only when a user switches to English. */
export const profileEn: typeof profileJa = {
  menu: 'Profile',
  password: {
    title: 'Change password',
    currentPassword: 'Current password',
    newPassword: 'New password',
    submit: 'Change password',
    changed: 'Your password has been changed',
  },
  totp: {
    title: 'Two-factor authentication',
    enabled: 'Two-factor authentication is on: you enter a verification code when you sign in.',
    notEnabled: 'Two-factor authentication is not set up.',
    required: 'This account must set up two-factor authentication.',
    start: 'Set up',
    instructions: 'Add the secret key (or the setup URL) to your authenticator app, then enter the 6-digit code it shows.',
    secret: 'Secret key',
    otpauthUrl: 'Setup URL',
    code: 'Verification code',
    enable: 'Turn on',
    enabledNotice: 'Two-factor authentication is on',
    disableInstructions: 'Enter your password to turn it off.',
    password: 'Password',
    disable: 'Turn off',
    disabledNotice: 'Two-factor authentication is off',
  },
};
