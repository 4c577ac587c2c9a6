import { bookingsEn, bookingsResourceEn } from '../bookings/i18n';
import { callWeeksEn, callWeeksResourceEn } from '../call-weeks/i18n';
import { callsEn, callsResourceEn } from '../calls/i18n';
import { commonEn } from '../common/i18n';
import { dailyReportsEn, dailyReportsResourceEn } from '../daily-reports/i18n';
import { dashboardEn } from '../dashboard/i18n';
import { defectsEn, defectsResourceEn } from '../defects/i18n';
import { handlingRecordsEn, handlingRecordsResourceEn } from '../handling-records/i18n';
import { incidentsEn, incidentsResourceEn } from '../incidents/i18n';
import { inquiriesEn, inquiriesResourceEn } from '../inquiries/i18n';
import { loginEn } from '../layout/i18n';
import { municipalitiesResourceEn } from '../municipalities/i18n';
import { organizationKindsEn, organizationsResourceEn } from '../organizations/i18n';
import { deletionLedgerEn, deletionLedgerResourceEn } from '../personal-data-deletions/i18n';
import { handOversEn, handOversResourceEn } from '../hand-overs/i18n';
import { profileEn } from '../profile/i18n';
import { programsEn } from '../programs/i18n';
import { receptionListEn, receptionListResourceEn } from '../reception-list/i18n';
import { reportsEn } from '../reports/i18n';
import { siteApprovalsEn, siteApprovalsResourceEn } from '../site-approvals/i18n';
import { businessPlansEn, businessPlansResourceEn } from '../business-plans/i18n';
import { reportFormsEn } from '../report-forms/i18n';
import { reportSubmissionsEn, reportSubmissionsResourceEn } from '../report-submissions/i18n';
import { callBacksEn, callBacksResourceEn } from '../call-backs/i18n';
import { confirmationCallsEn, confirmationCallsResourceEn } from '../confirmation-calls/i18n';
import { teamsEn, teamsResourceEn } from '../teams/i18n';
import { applicantListEn, facilitiesEn, facilitiesResourceEn, facilityRecordsEn } from '../facilities/i18n';
import { slipSharesEn, slipSharesResourceEn } from '../slip-shares/i18n';
import { programClosingEn, programClosingResourceEn } from '../program-closing/i18n';
import { applicationsEn } from '../applications/i18n';
import { sessionsEn, sessionsResourceEn } from '../sessions/i18n';
import { usersEn, usersResourceEn } from '../users/i18n';
import type { AppMessages } from './ja';

/** English labels: the same keys as ja.ts (the type makes sure). */
export const en: AppMessages = {
  app: {
    title: 'Outreach Desk',
    common: commonEn,
    roles: {
      system_admin: 'System administrator',
      city_admin: 'City administrator',
      city_viewer: 'City viewer',
      vendor_manager: 'Vendor manager',
      vendor_staff: 'Vendor staff',
    },
    organizationKinds: organizationKindsEn,
    login: loginEn,
    profile: profileEn,
    users: usersEn,
    dashboard: dashboardEn,
    calls: callsEn,
    callWeeks: callWeeksEn,
    sessions: sessionsEn,
    applications: applicationsEn,
    dailyReports: dailyReportsEn,
    defects: defectsEn,
    inquiries: inquiriesEn,
    incidents: incidentsEn,
    bookings: bookingsEn,
    receptionList: receptionListEn,
    deletionLedger: deletionLedgerEn,
    handOvers: handOversEn,
    siteApprovals: siteApprovalsEn,
    businessPlans: businessPlansEn,
    reportSubmissions: reportSubmissionsEn,
    reportForms: reportFormsEn,
    callBacks: callBacksEn,
    confirmationCalls: confirmationCallsEn,
    teams: teamsEn,
    facilities: facilitiesEn,
    applicantList: applicantListEn,
    facilityRecords: facilityRecordsEn,
    slipShares: slipSharesEn,
    programClosing: programClosingEn,
    reports: reportsEn,
    handlingRecords: handlingRecordsEn,
  },
  resources: {
    programs: programsEn,
    calls: callsResourceEn,
    'call-weeks': callWeeksResourceEn,
    sessions: sessionsResourceEn,
    'daily-reports': dailyReportsResourceEn,
    defects: defectsResourceEn,
    inquiries: inquiriesResourceEn,
    incidents: incidentsResourceEn,
    bookings: bookingsResourceEn,
    'reception-list': receptionListResourceEn,
    'personal-data-deletions': deletionLedgerResourceEn,
    'hand-overs': handOversResourceEn,
    'site-approvals': siteApprovalsResourceEn,
    'business-plans': businessPlansResourceEn,
    'report-submissions': reportSubmissionsResourceEn,
    'call-backs': callBacksResourceEn,
    'confirmation-calls': confirmationCallsResourceEn,
    teams: teamsResourceEn,
    facilities: facilitiesResourceEn,
    'slip-shares': slipSharesResourceEn,
    'program-closing': programClosingResourceEn,
    users: usersResourceEn,
    organizations: organizationsResourceEn,
    municipalities: municipalitiesResourceEn,
    'handling-records': handlingRecordsResourceEn,
  },
  ra: { page: { show: '%{name} %{recordRepresentation}', edit: '%{name} %{recordRepresentation}' } },
};
