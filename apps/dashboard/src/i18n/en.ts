import { bookingsEn, bookingsResourceEn } from '../bookings/i18n';
import { callWeeksEn, callWeeksResourceEn } from '../call-weeks/i18n';
import { callsEn, callsResourceEn } from '../calls/i18n';
import { dailyReportsEn, dailyReportsResourceEn } from '../daily-reports/i18n';
import { dashboardEn } from '../dashboard/i18n';
import { defectsEn, defectsResourceEn } from '../defects/i18n';
import { inquiriesEn, inquiriesResourceEn } from '../inquiries/i18n';
import { programsEn } from '../programs/i18n';
import { receptionListEn, receptionListResourceEn } from '../reception-list/i18n';
import { reportsEn } from '../reports/i18n';
import { sessionsEn, sessionsResourceEn } from '../sessions/i18n';
import type { AppMessages } from './ja';

/** English labels: the same keys as ja.ts (the type makes sure). */
export const en: AppMessages = {
  app: {
    title: 'Outreach Desk',
    roles: {
      system_admin: 'System administrator',
      city_admin: 'City administrator',
      city_viewer: 'City viewer',
      vendor_manager: 'Vendor manager',
      vendor_staff: 'Vendor staff',
    },
    organizationKinds: { city: 'City', vendor: 'Vendor', operator: 'System operator' },
    login: {
      email: 'Email address',
      password: 'Password',
      totp: 'Verification code',
      totpHelp: 'The 6 digits shown by your authenticator app',
      submit: 'Sign in',
      restart: 'Start again with the email address',
    },
    dashboard: {
      title: 'Dashboard',
      today: 'Today',
      organization: 'Organization',
      municipality: 'Municipality',
      noMunicipality: 'This organization belongs to no municipality',
      totpEnrollment: 'Two-factor authentication is required. Set it up on your profile.',
      openProfile: 'Open profile',
      ...dashboardEn,
    },
    profile: {
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
    },
    users: {
      resetPassword: 'Reset password',
      resetConfirmTitle: 'Reset the password?',
      resetConfirmContent: "%{name}'s current password stops working and a temporary password is issued.",
      temporaryPassword: 'Temporary password',
      temporaryPasswordNote: 'This temporary password is shown only once. Pass it on to the user safely.',
    },
    calls: callsEn,
    callWeeks: callWeeksEn,
    sessions: sessionsEn,
    dailyReports: dailyReportsEn,
    defects: defectsEn,
    inquiries: inquiriesEn,
    bookings: bookingsEn,
    receptionList: receptionListEn,
    reports: reportsEn,
    handlingRecords: {
      export: 'Excel export',
      actions: {
        'auth.login': 'Sign-in',
        'auth.login_failed': 'Failed sign-in',
        'auth.totp_failed': 'Wrong verification code',
        'auth.logout': 'Sign-out',
        'user.create': 'User created',
        'user.update': 'User updated',
        'user.role_change': 'Role changed',
        'user.password_change': 'Password changed',
        'user.password_reset': 'Password reset',
        'user.totp_enable': 'Two-factor on',
        'user.totp_disable': 'Two-factor off',
        'organization.create': 'Organization created',
        'organization.update': 'Organization updated',
        'municipality.create': 'Municipality created',
        'municipality.update': 'Municipality updated',
        'handling_record.export': 'Handling records exported',
      },
    },
  },
  resources: {
    programs: programsEn,
    calls: callsResourceEn,
    'call-weeks': callWeeksResourceEn,
    sessions: sessionsResourceEn,
    'daily-reports': dailyReportsResourceEn,
    defects: defectsResourceEn,
    inquiries: inquiriesResourceEn,
    bookings: bookingsResourceEn,
    'reception-list': receptionListResourceEn,
    users: {
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
    },
    organizations: {
      name: 'Organization |||| Organizations',
      fields: {
        id: 'ID',
        name: 'Name',
        kind: 'Kind',
        municipalityId: 'Municipality',
        municipalityName: 'Municipality',
      },
    },
    municipalities: {
      name: 'Municipality |||| Municipalities',
      fields: {
        id: 'ID',
        code: 'Local government code',
        name: 'Name',
        prefecture: 'Prefecture',
      },
    },
    'handling-records': {
      name: 'Handling record |||| Handling records',
      fields: {
        id: 'ID',
        occurredAt: 'Time',
        userId: 'User',
        userName: 'User',
        organizationName: 'Organization',
        role: 'Role',
        action: 'Action',
        resourceType: 'Resource type',
        resourceId: 'Resource ID',
        programId: 'Program ID',
        ip: 'IP address',
        reason: 'Reason',
        from: 'From',
        to: 'To',
      },
    },
  },
};
