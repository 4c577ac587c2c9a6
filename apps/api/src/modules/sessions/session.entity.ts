import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { col, jsonText, References } from '../../database/columns';
import { ProgramEntity } from '../programs/program.entity';

/**
 * 実施: one visit or event, with the counts its daily report records (zero until filed). Date, week and
 * month keys are JST, computed by the domain at write time.
 */
@Entity('session')
@Index('ix_session_program_date', ['programId', 'date'])
@Index('ix_session_program_week', ['programId', 'weekStart'])
export class SessionEntity {
  @PrimaryColumn(col.id()) id: string;
  @Column({ ...col.ref(), name: 'program_id' }) programId: string;
  @References(() => ProgramEntity, { column: 'program_id', constraint: 'fk_session_program', onDelete: 'CASCADE' })
  program?: ProgramEntity;
  @Column(col.date()) date: string;
  @Column({ ...col.date(), name: 'week_start' }) weekStart: string;
  @Column(col.text(7)) month: string;
  @Column({ ...col.enum(), name: 'service_kind' }) serviceKind: string;
  /** Home visits: the district only; facilities and venues: their name. Never a household's address. */
  @Column(col.text(100)) place: string;
  @Column(col.enum()) method: string;
  @Column({ ...col.text(5, true), name: 'start_time' }) startTime: string | null;
  @Column({ ...col.text(5, true), name: 'end_time' }) endTime: string | null;
  @Column({ ...col.json(), name: 'staff_user_ids', transformer: jsonText<string[]>([]) }) staffUserIds: string[];
  @Column({ ...col.bool(), name: 'city_staff_present' }) cityStaffPresent: boolean;
  @Column(col.enum()) status: string;
  @Column({ ...col.text(200, true), name: 'cancel_reason' }) cancelReason: string | null;
  @Column({ ...col.text(200, true), name: 'off_day_reason' }) offDayReason: string | null;
  /** The booking this session was created from (booking capability). */
  @Column({ ...col.ref(true), name: 'booking_id' }) bookingId: string | null;
  /** The facility (施設, module facilities) a facility visit was held at: counted toward the targets by it. */
  @Column({ ...col.ref(true), name: 'facility_id' }) facilityId: string | null;
  /** Why a home or facility visit has no booking (予約なしの訪問); null when it has one or for a venue event. */
  @Column({ ...col.enum(true), name: 'unbooked_reason' }) unbookedReason: string | null;
  @Column({ ...col.text(200, true), name: 'unbooked_reason_text' }) unbookedReasonText: string | null;

  @Column({ ...col.int(), name: 'applications_new' }) applicationsNew: number;
  @Column({ ...col.int(), name: 'applications_renewal' }) applicationsRenewal: number;
  @Column({ ...col.int(), name: 'applications_reissue_lost' }) applicationsReissueLost: number;
  @Column({ ...col.int(), name: 'applications_reissue_damaged' }) applicationsReissueDamaged: number;
  @Column({ ...col.int(), name: 'applications_reissue_other' }) applicationsReissueOther: number;
  @Column({ ...col.int(), name: 'face_auth_cards' }) faceAuthCards: number;
  @Column({ ...col.int(), name: 'mail_to_facility' }) mailToFacility: number;
  @Column(col.int()) consultations: number;
  @Column({ ...col.int(), name: 'photos_taken_on_site' }) photosTakenOnSite: number;
  @Column({ ...col.int(), name: 'photos_brought' }) photosBrought: number;
  @Column({ ...col.int(), name: 'photo_retakes' }) photoRetakes: number;
  @Column({ ...col.int(), name: 'photo_exceptions_medical' }) photoExceptionsMedical: number;
  @Column({ ...col.int(), name: 'photo_exceptions_disability' }) photoExceptionsDisability: number;
  @Column({ ...col.int(), name: 'photo_exceptions_bedridden' }) photoExceptionsBedridden: number;
  @Column({ ...col.int(), name: 'photo_exceptions_other' }) photoExceptionsOther: number;
  @Column({ ...col.text(100, true), name: 'photo_exceptions_other_text' }) photoExceptionsOtherText: string | null;
  @Column({ ...col.int(), name: 'proxy_writing' }) proxyWriting: number;
  @Column({ ...col.int(), name: 'not_taken' }) notTaken: number;
  @Column({ ...col.text(200, true), name: 'not_taken_reason' }) notTakenReason: string | null;
  @Column(col.text(500, true)) problems: string | null;
  @Column(col.text(500, true)) note: string | null;
  @Column({ ...col.text(200, true), name: 'photo_shortfall_explanation' }) photoShortfallExplanation: string | null;
  @CreateDateColumn({ ...col.stamp(), name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ ...col.stamp(), name: 'updated_at' }) updatedAt: Date;
}

export const COUNT_TEXT_FIELDS = ['photoExceptionsOtherText', 'notTakenReason', 'problems', 'note', 'photoShortfallExplanation'] as const;
