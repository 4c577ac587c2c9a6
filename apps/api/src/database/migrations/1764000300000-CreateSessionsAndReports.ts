import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col } from '../columns';
import { column, primary, tableOf, timestamps } from './migration-helpers';

const programFk = (table: string) => ({
  name: `fk_${table}_program`,
  columnNames: ['program_id'],
  referencedTableName: 'program',
  referencedColumnNames: ['id'],
  onDelete: 'CASCADE',
  onUpdate: 'NO ACTION',
});

const COUNT_COLUMNS = [
  'applications_new',
  'applications_renewal',
  'applications_reissue_lost',
  'applications_reissue_damaged',
  'applications_reissue_other',
  'face_auth_cards',
  'mail_to_facility',
  'consultations',
  'photos_taken_on_site',
  'photos_brought',
  'photo_retakes',
  'photo_exceptions_medical',
  'photo_exceptions_disability',
  'photo_exceptions_bedridden',
  'photo_exceptions_other',
  'proxy_writing',
  'not_taken',
];

/** Sessions with their daily-report counts, daily reports, activity photos, idempotency keys, defects and inquiries. */
export class CreateSessionsAndReports1764000300000 implements MigrationInterface {
  name = 'CreateSessionsAndReports1764000300000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      tableOf(q, {
        name: 'session',
        columns: [
          primary('id', col.id()),
          column('program_id', col.ref()),
          column('date', col.date()),
          column('week_start', col.date()),
          column('month', col.text(7)),
          column('service_kind', col.enum()),
          column('place', col.text(100)),
          column('method', col.enum()),
          column('start_time', col.text(5, true)),
          column('end_time', col.text(5, true)),
          column('staff_user_ids', col.json()),
          column('city_staff_present', col.bool()),
          column('status', col.enum()),
          column('cancel_reason', col.text(200, true)),
          column('off_day_reason', col.text(200, true)),
          column('booking_id', col.ref(true)),
          ...COUNT_COLUMNS.map((c) => column(c, col.int())),
          column('photo_exceptions_other_text', col.text(100, true)),
          column('not_taken_reason', col.text(200, true)),
          column('problems', col.text(500, true)),
          column('note', col.text(500, true)),
          column('photo_shortfall_explanation', col.text(200, true)),
          ...timestamps(q),
        ],
        indices: [
          { name: 'ix_session_program_date', columnNames: ['program_id', 'date'] },
          { name: 'ix_session_program_week', columnNames: ['program_id', 'week_start'] },
        ],
        foreignKeys: [programFk('session')],
      }),
    );
    await q.createTable(
      tableOf(q, {
        name: 'daily_report',
        columns: [
          primary('id', col.id()),
          column('program_id', col.ref()),
          column('date', col.date()),
          column('status', col.enum()),
          column('special_notes', col.text(1000, true)),
          column('submitted_at', col.instant(true)),
          column('submitted_by', col.ref(true)),
          column('decided_at', col.instant(true)),
          column('decided_by', col.ref(true)),
          column('reason', col.text(500, true)),
          ...timestamps(q),
        ],
        indices: [{ name: 'uq_daily_report_program_date', columnNames: ['program_id', 'date'], isUnique: true }],
        foreignKeys: [programFk('daily_report')],
      }),
    );
    await q.createTable(
      tableOf(q, {
        name: 'activity_photo',
        columns: [
          primary('id', col.id()),
          column('daily_report_id', col.ref()),
          column('program_id', col.ref()),
          column('uploaded_by', col.ref()),
          column('caption', col.text(200, true)),
          column('width', col.int()),
          column('height', col.int()),
          column('bytes', col.int()),
          column('confirmed_no_personal_data', col.bool()),
          column('review_status', col.enum()),
          column('reject_reason', col.text(500, true)),
          column('storage_key', col.text(100)),
          timestamps(q)[0],
        ],
        indices: [{ name: 'ix_activity_photo_report', columnNames: ['daily_report_id'] }],
        foreignKeys: [
          { name: 'fk_activity_photo_report', columnNames: ['daily_report_id'], referencedTableName: 'daily_report', referencedColumnNames: ['id'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' },
        ],
      }),
    );
    await q.createTable(
      tableOf(q, {
        name: 'idempotency_key',
        columns: [primary('key_hash', col.text(64)), column('request_hash', col.text(64)), column('response_status', col.int(true)), column('response_body', col.longText()), column('created_at', col.instant())],
      }),
    );
    await q.createTable(
      tableOf(q, {
        name: 'defect',
        columns: [
          primary('id', col.id()),
          column('program_id', col.ref()),
          column('session_id', col.ref(true)),
          column('received_date', col.date()),
          column('category', col.enum()),
          column('description', col.text(500)),
          column('attempts', col.json()),
          column('resolved_date', col.date(true)),
          ...timestamps(q),
        ],
        indices: [{ name: 'ix_defect_program_received', columnNames: ['program_id', 'received_date'] }],
        foreignKeys: [programFk('defect')],
      }),
    );
    await q.createTable(
      tableOf(q, {
        name: 'inquiry',
        columns: [
          primary('id', col.id()),
          column('program_id', col.ref()),
          column('date', col.date()),
          column('channel', col.enum()),
          column('category', col.enum()),
          column('summary', col.text(500)),
          column('handling', col.text(500, true)),
          column('escalated_to_city', col.bool()),
          column('closed_date', col.date(true)),
          ...timestamps(q),
        ],
        indices: [{ name: 'ix_inquiry_program_date', columnNames: ['program_id', 'date'] }],
        foreignKeys: [programFk('inquiry')],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['inquiry', 'defect', 'idempotency_key', 'activity_photo', 'daily_report', 'session']) await q.dropTable(table);
  }
}
