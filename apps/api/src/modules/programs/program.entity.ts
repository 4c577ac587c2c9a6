import type { ApplicationMethod, BookingRules, ServiceKind, WorkingHours } from '@outreach/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { col, jsonText } from '../../database/columns';
import { MunicipalityEntity } from '../municipalities/municipality.entity';

/** One contract of a municipality with its vendor: period, service kinds, settings. Settings live as JSON text. */
@Entity('program')
export class ProgramEntity {
  @PrimaryColumn(col.id()) id: string;
  @Index('ix_program_municipality')
  @Column({ ...col.ref(), name: 'municipality_id' })
  municipalityId: string;
  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'fk_program_municipality' })
  municipality?: MunicipalityEntity;
  @Column(col.text(200)) title: string;
  @Column({ ...col.int(), name: 'fiscal_year' }) fiscalYear: number;
  @Column({ ...col.date(), name: 'period_start' }) periodStart: string;
  @Column({ ...col.date(), name: 'period_end' }) periodEnd: string;
  @Column({ ...col.date(), name: 'report_deadline' }) reportDeadline: string;
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
  @CreateDateColumn({ ...col.stamp(), name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ ...col.stamp(), name: 'updated_at' }) updatedAt: Date;
}
