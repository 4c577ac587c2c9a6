import { CreateHandOverBatches1764008210000 } from './1764008210000-CreateHandOverBatches';
import { LinkDefectToApplication1764008200000 } from './1764008200000-LinkDefectToApplication';
import { CreateIdentity1764000000000 } from './1764000000000-CreateIdentity';
import { CreatePrograms1764000100000 } from './1764000100000-CreatePrograms';
import { CreateCalls1764000200000 } from './1764000200000-CreateCalls';
import { CreateSessionsAndReports1764000300000 } from './1764000300000-CreateSessionsAndReports';
import { CreateBookings1764000400000 } from './1764000400000-CreateBookings';
import { AddDashboardIndexes1764000500000 } from './1764000500000-AddDashboardIndexes';
import { BackfillHandlingRecordMunicipality1764001400000 } from './1764001400000-BackfillHandlingRecordMunicipality';
import { AddPersonalDataDeletionLedger1764001500000 } from './1764001500000-AddPersonalDataDeletionLedger';
import { AddPersonalDataDeletionLimit1764003100000 } from './1764003100000-AddPersonalDataDeletionLimit';
import { CreatePersonalDataIncidents1764003300000 } from './1764003300000-CreatePersonalDataIncidents';
import { CreateSchedulerLease1764001560000 } from './1764001560000-CreateSchedulerLease';
import { CreateVendorMunicipality1764001600000 } from './1764001600000-CreateVendorMunicipality';
import { RenameAuthSessionToLogin1764002000000 } from './1764002000000-RenameAuthSessionToLogin';
import { UserEmailPerOrganization1764002050000 } from './1764002050000-UserEmailPerOrganization';
import { AddSlipSharesAndClosing1764003200000 } from './1764003200000-AddSlipSharesAndClosing';
import { AddProgramPeriods1764004000000 } from './1764004000000-AddProgramPeriods';
import { CreateReportDownloads1764004100000 } from './1764004100000-CreateReportDownloads';
import { AddUserCurrentProgram1764005000000 } from './1764005000000-AddUserCurrentProgram';
import { AddSessionUnbookedReason1764005300000 } from './1764005300000-AddSessionUnbookedReason';
import { TargetServiceKinds1764006100000 } from './1764006100000-TargetServiceKinds';
import { AddDailyReportReview1764006400000 } from './1764006400000-AddDailyReportReview';
import { AddProgramGuidance1764006500000 } from './1764006500000-AddProgramGuidance';
import { AddProgramSiteApproval1764006600000 } from './1764006600000-AddProgramSiteApproval';
import { CreateSiteApprovals1764006700000 } from './1764006700000-CreateSiteApprovals';
import { CreateBookingSearchTokens1764006800000 } from './1764006800000-CreateBookingSearchTokens';
import { CreateBusinessPlans1764007000000 } from './1764007000000-CreateBusinessPlans';
import { CreateConfirmationCalls1764008000000 } from './1764008000000-CreateConfirmationCalls';
import { CreateVisitTeams1764008100000 } from './1764008100000-CreateVisitTeams';
import { CreateReportForms1764008300000 } from './1764008300000-CreateReportForms';
import { AddCallBackOwnerAndCalls1764008400000 } from './1764008400000-AddCallBackOwnerAndCalls';
import { AddApplicationFacePhoto1764008500000 } from './1764008500000-AddApplicationFacePhoto';
import { CreateReportSubmissions1764007900000 } from './1764007900000-CreateReportSubmissions';
import { CreateCallBacks1764007100000 } from './1764007100000-CreateCallBacks';
import { CreateFacilities1764007300000 } from './1764007300000-CreateFacilities';
import { CreateFacilityApplicantList1764007400000 } from './1764007400000-CreateFacilityApplicantList';
import { CreateApplications1764007800000 } from './1764007800000-CreateApplications';
import { CreateFacilityCoordination1764007200000 } from './1764007200000-CreateFacilityCoordination';
import { AddProgramDataVersions1764008800000 } from './1764008800000-AddProgramDataVersions';
import { AddCallLogProgramReceivedIndex1764009000000 } from './1764009000000-AddCallLogProgramReceivedIndex';
import { CoverCallLogExportIndex1764009120000 } from './1764009120000-CoverCallLogExportIndex';
import { AddCallsDataVersion1764009200000 } from './1764009200000-AddCallsDataVersion';
import { AddProgramListVersion1764009300000 } from './1764009300000-AddProgramListVersion';
import { AddProgramTakesBookings1764009400000 } from './1764009400000-AddProgramTakesBookings';
import { AddTeamMemberDataVersion1764009500000 } from './1764009500000-AddTeamMemberDataVersion';

/** Every migration in order. Listed by hand so the app, the CLI and jest load the same set from src or dist. */
export const MIGRATIONS = [
  CreateIdentity1764000000000,
  CreatePrograms1764000100000,
  CreateCalls1764000200000,
  CreateSessionsAndReports1764000300000,
  CreateBookings1764000400000,
  AddDashboardIndexes1764000500000,
  BackfillHandlingRecordMunicipality1764001400000,
  AddPersonalDataDeletionLedger1764001500000,
  CreateSchedulerLease1764001560000,
  CreateVendorMunicipality1764001600000,
  RenameAuthSessionToLogin1764002000000,
  UserEmailPerOrganization1764002050000,
  AddPersonalDataDeletionLimit1764003100000,
  AddSlipSharesAndClosing1764003200000,
  CreatePersonalDataIncidents1764003300000,
  AddProgramPeriods1764004000000,
  CreateReportDownloads1764004100000,
  AddUserCurrentProgram1764005000000,
  AddSessionUnbookedReason1764005300000,
  TargetServiceKinds1764006100000,
  AddDailyReportReview1764006400000,
  AddProgramGuidance1764006500000,
  AddProgramSiteApproval1764006600000,
  CreateSiteApprovals1764006700000,
  CreateBookingSearchTokens1764006800000,
  CreateBusinessPlans1764007000000,
  CreateCallBacks1764007100000,
  CreateFacilityCoordination1764007200000,
  CreateFacilities1764007300000,
  CreateFacilityApplicantList1764007400000,
  CreateApplications1764007800000,
  CreateReportSubmissions1764007900000,
  CreateConfirmationCalls1764008000000,
  CreateVisitTeams1764008100000,
  LinkDefectToApplication1764008200000,
  CreateHandOverBatches1764008210000,
  CreateReportForms1764008300000,
  AddCallBackOwnerAndCalls1764008400000,
  AddApplicationFacePhoto1764008500000,
  AddProgramDataVersions1764008800000,
  AddCallLogProgramReceivedIndex1764009000000,
  CoverCallLogExportIndex1764009120000,
  AddCallsDataVersion1764009200000,
  AddProgramListVersion1764009300000,
  AddProgramTakesBookings1764009400000,
  AddTeamMemberDataVersion1764009500000,
];
