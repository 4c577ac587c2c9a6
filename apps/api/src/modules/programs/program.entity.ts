import type { DailyReportReview } from '@outreach/domain/daily-reports';
import type { ApplicationMethod, BookingRules, ProgramGuidance, ProgramPeriods, ServiceKind, WorkingHours } from '@outreach/domain/programs';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { col, jsonText, References } from '../../database/columns';
import { MunicipalityEntity } from '../municipalities/municipality.entity';

/** One contract of a municipality with its vendor: period, service kinds, settings. Settings live as JSON text. */
@Entity('program')
export class ProgramEntity {
  @PrimaryColumn(col.id()) id: string;
  @Index('ix_program_municipality')
  @Column({ ...col.ref(), name: 'municipality_id' })
  municipalityId: string;
  @References(() => MunicipalityEntity, { column: 'municipality_id', constraint: 'fk_program_municipality', onDelete: 'RESTRICT' })
  municipality?: MunicipalityEntity;
  @Column(col.text(200)) title: string;
  @Column({ ...col.int(), name: 'fiscal_year' }) fiscalYear: number;
  @Column({ ...col.date(), name: 'period_start' }) periodStart: string;
  @Column({ ...col.date(), name: 'period_end' }) periodEnd: string;
  @Column({ ...col.date(), name: 'report_deadline' }) reportDeadline: string;
  /** Call center, visits, monthly report day; read through the domain's resolvePeriods (null: its defaults). */
  @Column({ ...col.longText(), transformer: jsonText<ProgramPeriods | null>(null) }) periods: ProgramPeriods | null;
  @Column({ ...col.json(), name: 'service_kinds', transformer: jsonText<ServiceKind[]>([]) }) serviceKinds: ServiceKind[];
  @Column({ ...col.json(), transformer: jsonText<Partial<Record<ServiceKind, ApplicationMethod>>>({}) }) methods: Partial<Record<ServiceKind, ApplicationMethod>>;
  @Column({ ...col.enum(), name: 'era_style' }) eraStyle: 'wareki' | 'seireki';
  @Column({ ...col.json(), name: 'working_hours', transformer: jsonText<WorkingHours | null>(null) }) workingHours: WorkingHours;
  @Column({ ...col.json(), name: 'booking_rules', transformer: jsonText<BookingRules | null>(null) }) bookingRules: BookingRules;
  /** Roles that see personal data must use a second factor in this program. */
  @Column({ ...col.bool(), name: 'require_totp' }) requireTotp: boolean;
  @Column({ ...col.int(), name: 'week_starts_on' }) weekStartsOn: number;
  @Column({ ...col.int(), name: 'call_week_report_due_weekday' }) callWeekReportDueWeekday: number;
  @Column({ ...col.json(), name: 'daily_report_due', transformer: jsonText<{ workingDaysAfter: number; time: string } | null>(null) })
  dailyReportDue: { workingDaysAfter: number; time: string };
  /** Days after its purpose ended by which personal data must be gone; null: the default (PERSONAL_DATA_DELETION_LIMIT_DAYS). */
  @Column({ ...col.int(true), name: 'personal_data_deletion_limit_days' }) personalDataDeletionLimitDays: number | null;
  /** Days the register's personal fields are kept after their hand-over; null: the default (HAND_OVER_FOLLOW_UP_DAYS). */
  @Column({ ...col.int(true), name: 'hand_over_follow_up_days' }) handOverFollowUpDays: number | null;
  /** The slips of a visit week are due at the city on this weekday of the week before (2 = Tuesday, §9(1)). */
  @Column({ ...col.int(), name: 'slip_share_due_weekday', default: 2 }) slipShareDueWeekday: number;
  /** The city also wants the slips as an encrypted file (prepared, approved by a second person, downloaded). */
  @Column({ ...col.bool(), name: 'slip_share_file', default: false }) slipShareFile: boolean;
  /** 予約受付: the call center books visits (003 §8(2)); off where the vendor chooses the sites (004 §7(3)). */
  @Column({ ...col.bool(), name: 'takes_bookings', default: true }) takesBookings: boolean;
  /** 004 §7(3): sessions only at sites the city approved (approvals module). */
  @Column({ ...col.bool(), name: 'require_site_approval', default: false }) requireSiteApproval: boolean;
  /** 004 §8(1): the business plan needs the city's consent (approvals module). */
  @Column({ ...col.bool(), name: 'require_business_plan', default: false }) requireBusinessPlan: boolean;
  /** 社内確認 of staff's daily reports; null: the default (DEFAULT_DAILY_REPORT_REVIEW, on). */
  @Column({ ...col.enum(true), name: 'daily_report_review' }) dailyReportReview: DailyReportReview | null;
  /** What the operator tells residents (fee, pick-up, proxy, validity); null: the defaults (domain resolveGuidance). */
  @Column({ ...col.longText(), transformer: jsonText<Partial<ProgramGuidance> | null>(null) }) guidance: Partial<ProgramGuidance> | null;
  /** When the contract was closed (特記事項 §10): no personal data is taken any more. */
  @Column({ ...col.instant(true), name: 'closed_at' }) closedAt: Date | null;
  @Column({ ...col.ref(true), name: 'closed_by' }) closedBy: string | null;
  @CreateDateColumn({ ...col.stamp(), name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ ...col.stamp(), name: 'updated_at' }) updatedAt: Date;
}
