import { DEFAULT_DAILY_REPORT_REVIEW } from '@outreach/domain/daily-reports';
import { PERSONAL_DATA_DELETION_LIMIT_DAYS, HAND_OVER_FOLLOW_UP_DAYS, type ProgramView, resolveGuidance, resolvePeriods, workingHoursSchema } from '@outreach/domain/programs';
import type { ProgramEntity } from './program.entity';

const WORKING_HOURS_DEFAULTS = workingHoursSchema.parse({});

export function toProgramView(p: ProgramEntity, vendors: Array<{ id: string; name: string }>): ProgramView {
  return {
    id: p.id,
    municipalityId: p.municipalityId,
    municipalityName: p.municipality?.name ?? null,
    title: p.title,
    fiscalYear: p.fiscalYear,
    periodStart: p.periodStart,
    periodEnd: p.periodEnd,
    reportDeadline: p.reportDeadline,
    periods: resolvePeriods(p),
    serviceKinds: p.serviceKinds,
    methods: p.methods,
    eraStyle: p.eraStyle,
    // A program saved before a working-hours setting existed shows (and follows) its default.
    workingHours: { ...WORKING_HOURS_DEFAULTS, ...p.workingHours },
    bookingRules: p.bookingRules,
    requireTotp: p.requireTotp,
    weekStartsOn: p.weekStartsOn,
    callWeekReportDueWeekday: p.callWeekReportDueWeekday,
    slipShareDueWeekday: p.slipShareDueWeekday,
    slipShareFile: p.slipShareFile,
    takesBookings: p.takesBookings,
    requireSiteApproval: p.requireSiteApproval,
    requireBusinessPlan: p.requireBusinessPlan,
    dailyReportReview: p.dailyReportReview ?? DEFAULT_DAILY_REPORT_REVIEW,
    closedAt: p.closedAt?.toISOString() ?? null,
    dailyReportDue: p.dailyReportDue,
    personalDataDeletionLimitDays: p.personalDataDeletionLimitDays ?? PERSONAL_DATA_DELETION_LIMIT_DAYS,
    handOverFollowUpDays: p.handOverFollowUpDays ?? HAND_OVER_FOLLOW_UP_DAYS,
    guidance: resolveGuidance(p.guidance),
    vendorOrganizationIds: vendors.map((v) => v.id),
    vendorNames: vendors.map((v) => v.name),
  };
}
