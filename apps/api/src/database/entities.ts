import { LoginEntity } from '../modules/auth/login.entity';
import { LoginThrottleEntity } from '../modules/auth/login-throttle.entity';
import { BookingPersonalEntity } from '../modules/booking-personal/booking-personal.entity';
import { BookingSearchTokenEntity } from '../modules/booking-personal/booking-search-token.entity';
import { ApplicationEntity, ApplicationSearchTokenEntity, HandOverBatchEntity } from '../modules/applications/application.entity';
import { CallBackEntity } from '../modules/call-backs/call-back.entity';
import { ConfirmationCallEntity } from '../modules/confirmation-calls/confirmation-call.entity';
import { VisitTeamEntity, VisitTeamMemberEntity } from '../modules/teams/visit-team.entity';
import { TravelMatrixEntity } from '../modules/booking-settings/booking-settings.entity';
import { PreMeetingEntity } from '../modules/facilities/pre-meeting.entity';
import { BookingEntity, BookingEventEntity, BookingSlotEntity, ReceptionCounterEntity } from '../modules/bookings/booking.entity';
import { ShareFileEntity } from '../modules/booking-shares/share-file.entity';
import { CallEntity, CallWeekEntity } from '../modules/calls/call.entity';
import { ActivityPhotoEntity, DailyReportEntity } from '../modules/daily-reports/daily-report.entity';
import { DefectEntity, InquiryEntity } from '../modules/follow-ups/follow-up.entity';
import { IncidentEntity } from '../modules/incidents/incident.entity';
import { SiteApprovalEntity } from '../modules/approvals/site-approval.entity';
import { BusinessPlanEntity } from '../modules/approvals/business-plan.entity';
import { FacilityApplicantEntity, FacilityApplicantListEntity } from '../modules/facilities/facility-applicant-list.entity';
import { FacilityCoordinationEntity } from '../modules/facilities/facility-coordination.entity';
import { FacilityEntity } from '../modules/facilities/facility.entity';
import { LeaseEntity } from '../modules/leases/lease.entity';
import { IdempotencyKeyEntity } from '../modules/idempotency/idempotency-key.entity';
import { SessionEntity } from '../modules/sessions/session.entity';
import { HandlingRecordEntity } from '../modules/handling-records/handling-record.entity';
import { MunicipalityEntity } from '../modules/municipalities/municipality.entity';
import { OrganizationEntity } from '../modules/organizations/organization.entity';
import { ProgramListVersionEntity } from '../modules/programs/program-list-version.entity';
import { ProgramVendorEntity } from '../modules/programs/program-vendor.entity';
import { VendorMunicipalityEntity } from '../modules/organizations/vendor-municipality.entity';
import { ProgramEntity } from '../modules/programs/program.entity';
import { TargetEntity, TargetGroupEntity } from '../modules/programs/target.entity';
import { VisitDayEntity } from '../modules/programs/visit-day.entity';
import { ReportDownloadEntity } from '../modules/reports/report-download.entity';
import { ReportFormEntity } from '../modules/reports/report-form.entity';
import { ReportSubmissionEntity } from '../modules/reports/report-submission.entity';
import { UserEntity } from '../modules/users/user.entity';
import { ProgramDataVersionEntity } from '../modules/programs/program-data-version.entity';

/** Every entity, listed once: the app, the CLI and the tests load exactly these. */
export const ENTITIES = [
  MunicipalityEntity,
  OrganizationEntity,
  UserEntity,
  LoginEntity,
  LoginThrottleEntity,
  HandlingRecordEntity,
  ReportDownloadEntity,
  ReportSubmissionEntity,
  ReportFormEntity,
  ProgramEntity,
  ProgramVendorEntity,
  ProgramListVersionEntity,
  VendorMunicipalityEntity,
  TargetGroupEntity,
  TargetEntity,
  VisitDayEntity,
  CallEntity,
  CallWeekEntity,
  SessionEntity,
  DailyReportEntity,
  ActivityPhotoEntity,
  IdempotencyKeyEntity,
  DefectEntity,
  InquiryEntity,
  BookingEntity,
  BookingPersonalEntity,
  BookingSearchTokenEntity,
  CallBackEntity,
  ConfirmationCallEntity,
  VisitTeamEntity,
  VisitTeamMemberEntity,
  BookingSlotEntity,
  ReceptionCounterEntity,
  TravelMatrixEntity,
  PreMeetingEntity,
  BookingEventEntity,
  LeaseEntity,
  ShareFileEntity,
  IncidentEntity,
  SiteApprovalEntity,
  BusinessPlanEntity,
  FacilityCoordinationEntity,
  FacilityApplicantListEntity,
  FacilityApplicantEntity,
  FacilityEntity,
  ApplicationEntity,
  ApplicationSearchTokenEntity,
  HandOverBatchEntity,
  ProgramDataVersionEntity,
];
