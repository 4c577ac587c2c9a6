import { bookingsEn, bookingsResourceEn } from '../bookings/i18n.en';
import { callWeeksEn, callWeeksResourceEn } from '../call-weeks/i18n.en';
import { callsEn, callsResourceEn } from '../calls/i18n.en';
import { commonEn } from '../common/i18n.en';
import { dailyReportsEn, dailyReportsResourceEn } from '../daily-reports/i18n.en';
import { dashboardEn } from '../dashboard/i18n.en';
import { defectsEn, defectsResourceEn } from '../defects/i18n.en';
import { handlingRecordsEn, handlingRecordsResourceEn } from '../handling-records/i18n.en';
import { incidentsEn, incidentsResourceEn } from '../incidents/i18n.en';
import { inquiriesEn, inquiriesResourceEn } from '../inquiries/i18n.en';
import { loginEn, menuEn } from '../layout/i18n.en';
import { municipalitiesResourceEn } from '../municipalities/i18n.en';
import { organizationKindsEn, organizationsResourceEn } from '../organizations/i18n.en';
import { deletionLedgerEn, deletionLedgerResourceEn } from '../personal-data-deletions/i18n.en';
import { handOversEn, handOversResourceEn } from '../hand-overs/i18n.en';
import { profileEn } from '../profile/i18n.en';
import { programsEn } from '../programs/i18n.en';
import { receptionListEn, receptionListResourceEn } from '../reception-list/i18n.en';
import { reportsEn } from '../reports/i18n.en';
import { siteApprovalsEn, siteApprovalsResourceEn } from '../site-approvals/i18n.en';
import { businessPlansEn, businessPlansResourceEn } from '../business-plans/i18n.en';
import { reportFormsEn } from '../report-forms/i18n.en';
import { reportSubmissionsEn, reportSubmissionsResourceEn } from '../report-submissions/i18n.en';
import { callBacksEn, callBacksResourceEn } from '../call-backs/i18n.en';
import { confirmationCallsEn, confirmationCallsResourceEn } from '../confirmation-calls/i18n.en';
import { teamsEn, teamsResourceEn } from '../teams/i18n.en';
import { applicantListEn, facilitiesEn, facilitiesResourceEn, facilityRecordsEn } from '../facilities/i18n.en';
import { slipSharesEn, slipSharesResourceEn } from '../slip-shares/i18n.en';
import { programClosingEn, programClosingResourceEn } from '../program-closing/i18n.en';
import { applicationsEn } from '../applications/i18n.en';
import { sessionsEn, sessionsResourceEn } from '../sessions/i18n.en';
import { usersEn, usersResourceEn } from '../users/i18n.en';
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
    menu: menuEn,
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
