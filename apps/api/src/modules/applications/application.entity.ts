import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { col, References } from '../../database/columns';
import { ProgramEntity } from '../programs/program.entity';

/** 引渡し (issue 19 item 3): one hand-over of a day's or a week's applications to the city, numbered per program. */
@Entity('hand_over_batch')
@Index('uq_hand_over_batch_program_number', ['programId', 'number'], { unique: true })
export class HandOverBatchEntity {
  @PrimaryColumn(col.id()) id: string;
  @Column({ ...col.ref(), name: 'program_id' }) programId: string;
  @References(() => ProgramEntity, { column: 'program_id', constraint: 'fk_hand_over_batch_program', onDelete: 'CASCADE' })
  program?: ProgramEntity;
  @Column(col.int()) number: number;
  @Column({ ...col.date(), name: 'from_date' }) fromDate: string;
  @Column({ ...col.date(), name: 'to_date' }) toDate: string;
  @Column({ ...col.date(), name: 'handed_over_date' }) handedOverDate: string;
  @Column({ ...col.int(), name: 'application_count' }) applicationCount: number;
  @Column({ ...col.ref(), name: 'created_by' }) createdBy: string;
  /** When the purge deleted the batch's personal fields (the follow-up period over). */
  @Column({ ...col.instant(true), name: 'personal_data_deleted_at' }) personalDataDeletedAt: Date | null;
  @CreateDateColumn({ ...col.stamp(), name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ ...col.stamp(), name: 'updated_at' }) updatedAt: Date;
}

/**
 * 申請記録 (issue 19): one application per applicant served at a session. The facts the counts need (type, photo,
 * exception kind, proxy writing, receipt, face-auth wish) are columns; the personal fields (申請書ID, name, kana, date
 * of birth, sex, address, documents seen, the exception's reason) are `data`, sealed under the application's own data
 * key (RecordCipher, ADR 0008) and set to null — the key destroyed — when they are deleted. No foreign key to the
 * session: the session's own rules decide its removal, and the register keeps its date.
 */
@Entity('application')
@Index('ix_application_program_date', ['programId', 'date'])
@Index('ix_application_hand_over_batch', ['handOverBatchId'])
@Index('ix_application_session', ['sessionId'])
@Index('uq_application_source', ['bookingId', 'sourceIndex'], { unique: true })
export class ApplicationEntity {
  @PrimaryColumn(col.id()) id: string;
  @Column({ ...col.ref(), name: 'program_id' }) programId: string;
  @References(() => ProgramEntity, { column: 'program_id', constraint: 'fk_application_program', onDelete: 'CASCADE' })
  program?: ProgramEntity;
  @Column({ ...col.ref(), name: 'session_id' }) sessionId: string;
  @Column(col.date()) date: string;
  @Column(col.enum()) source: string;
  @Column({ ...col.ref(true), name: 'booking_id' }) bookingId: string | null;
  @Column({ ...col.int(true), name: 'source_index' }) sourceIndex: number | null;
  @Column({ ...col.enum(), name: 'application_type' }) applicationType: string;
  @Column({ ...col.enum(), name: 'photo_source' }) photoSource: string;
  @Column({ ...col.enum(true), name: 'photo_exception' }) photoException: string | null;
  @Column({ ...col.bool(), name: 'proxy_writing' }) proxyWriting: boolean;
  @Column({ ...col.enum(true), name: 'proxy_consent_by' }) proxyConsentBy: string | null;
  @Column({ ...col.enum(), name: 'receipt_method' }) receiptMethod: string;
  @Column({ ...col.bool(), name: 'face_auth_card' }) faceAuthCard: boolean;
  /** The hand-over (引渡し) that took it to the city, and its date; null until handed over (one batch at most). */
  @Column({ ...col.ref(true), name: 'hand_over_batch_id' }) handOverBatchId: string | null;
  @References(() => HandOverBatchEntity, { column: 'hand_over_batch_id', constraint: 'fk_application_hand_over_batch', onDelete: 'RESTRICT' })
  handOverBatch?: HandOverBatchEntity;
  @Column({ ...col.date(true), name: 'handed_over_date' }) handedOverDate: string | null;
  @Column(col.longText()) data: string | null;
  @Column({ ...col.instant(true), name: 'personal_data_deleted_at' }) personalDataDeletedAt: Date | null;
  /** Who deleted the personal fields (null: the purge) and on which rule (PersonalDataDeletionRule), for the deletion ledger. */
  @Column({ ...col.ref(true), name: 'personal_data_deleted_by' }) personalDataDeletedBy: string | null;
  @Column({ ...col.enum(true), name: 'personal_data_deletion_rule' }) personalDataDeletionRule: string | null;
  /**
   * When the face photo (顔写真) was attached, or null: the file (`FacePhotoFiles`) is sealed under the application's
   * key and deleted with the personal fields; the stamp stays so the ledger can say a photo was deleted.
   */
  @Column({ ...col.instant(true), name: 'face_photo_at' }) facePhotoAt: Date | null;
  @Column({ ...col.ref(), name: 'created_by' }) createdBy: string;
  @CreateDateColumn({ ...col.stamp(), name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ ...col.stamp(), name: 'updated_at' }) updatedAt: Date;
}

/** What an application can be found by: keyed hashes (the program's search key) of its name, kana and 申請書ID, never the values. */
@Entity('application_search_token')
@Index('ix_application_search_token_program_token', ['programId', 'token'])
export class ApplicationSearchTokenEntity {
  @PrimaryColumn({ ...col.ref(), name: 'application_id' }) applicationId: string;
  @PrimaryColumn({ ...col.text(64) }) token: string;
  @References(() => ApplicationEntity, { column: 'application_id', constraint: 'fk_application_search_token_application', onDelete: 'CASCADE' })
  application?: ApplicationEntity;
  @Column({ ...col.ref(), name: 'program_id' }) programId: string;
}

