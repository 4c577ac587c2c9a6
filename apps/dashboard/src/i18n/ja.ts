import { ROLE_LABELS_JA } from '@outreach/domain/auth';
import { bookingsJa, bookingsResourceJa } from '../bookings/i18n';
import { callWeeksJa, callWeeksResourceJa } from '../call-weeks/i18n';
import { callsJa, callsResourceJa } from '../calls/i18n';
import { commonJa } from '../common/i18n';
import { dailyReportsJa, dailyReportsResourceJa } from '../daily-reports/i18n';
import { dashboardJa } from '../dashboard/i18n';
import { defectsJa, defectsResourceJa } from '../defects/i18n';
import { handlingRecordsJa, handlingRecordsResourceJa } from '../handling-records/i18n';
import { incidentsJa, incidentsResourceJa } from '../incidents/i18n';
import { inquiriesJa, inquiriesResourceJa } from '../inquiries/i18n';
import { loginJa, menuJa } from '../layout/i18n';
import { municipalitiesResourceJa } from '../municipalities/i18n';
import { organizationKindsJa, organizationsResourceJa } from '../organizations/i18n';
import { deletionLedgerJa, deletionLedgerResourceJa } from '../personal-data-deletions/i18n';
import { handOversJa, handOversResourceJa } from '../hand-overs/i18n';
import { profileJa } from '../profile/i18n';
import { programClosingJa, programClosingResourceJa } from '../program-closing/i18n';
import { programsJa } from '../programs/i18n';
import { receptionListJa, receptionListResourceJa } from '../reception-list/i18n';
import { reportsJa } from '../reports/i18n';
import { siteApprovalsJa, siteApprovalsResourceJa } from '../site-approvals/i18n';
import { businessPlansJa, businessPlansResourceJa } from '../business-plans/i18n';
import { reportFormsJa } from '../report-forms/i18n';
import { reportSubmissionsJa, reportSubmissionsResourceJa } from '../report-submissions/i18n';
import { callBacksJa, callBacksResourceJa } from '../call-backs/i18n';
import { confirmationCallsJa, confirmationCallsResourceJa } from '../confirmation-calls/i18n';
import { teamsJa, teamsResourceJa } from '../teams/i18n';
import { applicantListJa, facilitiesJa, facilitiesResourceJa, facilityRecordsJa } from '../facilities/i18n';
import { slipSharesJa, slipSharesResourceJa } from '../slip-shares/i18n';
import { applicationsJa } from '../applications/i18n';
import { sessionsJa, sessionsResourceJa } from '../sessions/i18n';
import { usersJa, usersResourceJa } from '../users/i18n';

/** Our Japanese labels (the default locale), merged over react-admin's English and Japanese messages. */
export const ja = {
  app: {
    title: 'アウトリーチデスク',
    common: commonJa,
    roles: ROLE_LABELS_JA,
    organizationKinds: organizationKindsJa,
    login: loginJa,
    menu: menuJa,
    profile: profileJa,
    users: usersJa,
    dashboard: dashboardJa,
    calls: callsJa,
    callWeeks: callWeeksJa,
    sessions: sessionsJa,
    applications: applicationsJa,
    dailyReports: dailyReportsJa,
    defects: defectsJa,
    inquiries: inquiriesJa,
    incidents: incidentsJa,
    bookings: bookingsJa,
    receptionList: receptionListJa,
    deletionLedger: deletionLedgerJa,
    handOvers: handOversJa,
    siteApprovals: siteApprovalsJa,
    businessPlans: businessPlansJa,
    reportSubmissions: reportSubmissionsJa,
    reportForms: reportFormsJa,
    callBacks: callBacksJa,
    confirmationCalls: confirmationCallsJa,
    teams: teamsJa,
    facilities: facilitiesJa,
    applicantList: applicantListJa,
    facilityRecords: facilityRecordsJa,
    slipShares: slipSharesJa,
    programClosing: programClosingJa,
    reports: reportsJa,
    handlingRecords: handlingRecordsJa,
  },
  resources: {
    programs: programsJa,
    calls: callsResourceJa,
    'call-weeks': callWeeksResourceJa,
    sessions: sessionsResourceJa,
    'daily-reports': dailyReportsResourceJa,
    defects: defectsResourceJa,
    inquiries: inquiriesResourceJa,
    incidents: incidentsResourceJa,
    bookings: bookingsResourceJa,
    'reception-list': receptionListResourceJa,
    'personal-data-deletions': deletionLedgerResourceJa,
    'hand-overs': handOversResourceJa,
    'site-approvals': siteApprovalsResourceJa,
    'business-plans': businessPlansResourceJa,
    'report-submissions': reportSubmissionsResourceJa,
    'call-backs': callBacksResourceJa,
    'confirmation-calls': confirmationCallsResourceJa,
    teams: teamsResourceJa,
    facilities: facilitiesResourceJa,
    'slip-shares': slipSharesResourceJa,
    'program-closing': programClosingResourceJa,
    users: usersResourceJa,
    organizations: organizationsResourceJa,
    municipalities: municipalitiesResourceJa,
    'handling-records': handlingRecordsResourceJa,
  },
  // The Japanese package titles a record 「組織 #<id>」: react-admin's own pattern names it by its recordRepresentation.
  ra: { page: { show: '%{name} %{recordRepresentation}', edit: '%{name} %{recordRepresentation}' } },
};

export type AppMessages = typeof ja;
