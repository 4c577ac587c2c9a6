import type { ProgramEntity } from './program.entity';

export interface ProgramView {
  id: string;
  municipalityId: string;
  municipalityName: string | null;
  title: string;
  fiscalYear: number;
  periodStart: string;
  periodEnd: string;
  reportDeadline: string;
  serviceKinds: ProgramEntity['serviceKinds'];
  methods: ProgramEntity['methods'];
  eraStyle: ProgramEntity['eraStyle'];
  workingHours: ProgramEntity['workingHours'];
  bookingRules: ProgramEntity['bookingRules'];
  requireTotp: boolean;
  weekStartsOn: number;
  callWeekReportDueWeekday: number;
  dailyReportDue: ProgramEntity['dailyReportDue'];
  vendorOrganizationIds: string[];
  vendorNames: string[];
}

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
    serviceKinds: p.serviceKinds,
    methods: p.methods,
    eraStyle: p.eraStyle,
    workingHours: p.workingHours,
    bookingRules: p.bookingRules,
    requireTotp: p.requireTotp,
    weekStartsOn: p.weekStartsOn,
    callWeekReportDueWeekday: p.callWeekReportDueWeekday,
    dailyReportDue: p.dailyReportDue,
    vendorOrganizationIds: vendors.map((v) => v.id),
    vendorNames: vendors.map((v) => v.name),
  };
}
