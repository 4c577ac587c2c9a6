import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col } from '../columns';
import { column, primary, tableOf, timestamps } from './migration-helpers';

const fk = (name: string, column_: string, table: string, refColumn = 'id') => ({
  name,
  columnNames: [column_],
  referencedTableName: table,
  referencedColumnNames: [refColumn],
  onDelete: 'CASCADE',
  onUpdate: 'NO ACTION',
});

/** Bookings (facts), their encrypted personal data, slot rows, reception counters, travel matrices, pre-meetings, moves. */
export class CreateBookings1764000400000 implements MigrationInterface {
  name = 'CreateBookings1764000400000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      tableOf(q, {
        name: 'booking',
        columns: [
          primary('id', col.id()),
          column('program_id', col.ref()),
          column('reception_number', col.int()),
          column('kind', col.enum()),
          column('status', col.enum()),
          column('received_at', col.instant()),
          column('received_date', col.date()),
          column('visit_date', col.date(true)),
          column('half', col.enum(true)),
          column('positions', col.json()),
          column('district', col.text(50, true)),
          column('applicants', col.int()),
          column('planned_applications', col.int()),
          column('caller_relation', col.enum(true)),
          column('application_types', col.json()),
          column('guidance_given', col.json()),
          column('call_id', col.ref(true)),
          column('session_id', col.ref(true)),
          column('override_reason', col.text(500, true)),
          column('cancel_reason', col.text(500, true)),
          column('shared_with_city_at', col.instant(true)),
          column('visit_finished_date', col.date(true)),
          column('personal_data_deleted_at', col.instant(true)),
          ...timestamps(q),
        ],
        indices: [
          { name: 'uq_booking_program_number', columnNames: ['program_id', 'reception_number'], isUnique: true },
          { name: 'ix_booking_program_visit', columnNames: ['program_id', 'visit_date'] },
        ],
        foreignKeys: [fk('fk_booking_program', 'program_id', 'program')],
      }),
    );
    await q.createTable(
      tableOf(q, {
        name: 'booking_personal',
        columns: [primary('booking_id', col.ref()), column('data', col.longText(false))],
        foreignKeys: [fk('fk_booking_personal_booking', 'booking_id', 'booking')],
      }),
    );
    await q.createTable(
      tableOf(q, {
        name: 'booking_slot',
        columns: [primary('id', col.id()), column('program_id', col.ref()), column('slot_key', col.text(40)), column('booking_id', col.ref())],
        indices: [
          { name: 'uq_booking_slot', columnNames: ['program_id', 'slot_key'], isUnique: true },
          { name: 'ix_booking_slot_booking', columnNames: ['booking_id'] },
        ],
        foreignKeys: [fk('fk_booking_slot_booking', 'booking_id', 'booking')],
      }),
    );
    await q.createTable(tableOf(q, { name: 'reception_counter', columns: [primary('program_id', col.ref()), column('next_number', col.int())] }));
    await q.createTable(tableOf(q, { name: 'travel_matrix', columns: [primary('program_id', col.ref()), column('districts', col.json()), column('minutes', col.json())] }));
    await q.createTable(
      tableOf(q, {
        name: 'pre_meeting',
        columns: [primary('id', col.id()), column('program_id', col.ref()), column('date', col.date()), column('half', col.enum()), column('booking_id', col.ref(true)), column('note', col.text(200, true))],
        indices: [{ name: 'ix_pre_meeting_program_date', columnNames: ['program_id', 'date'] }],
      }),
    );
    await q.createTable(
      tableOf(q, {
        name: 'booking_event',
        columns: [
          primary('id', col.id()),
          column('booking_id', col.ref()),
          column('occurred_at', col.instant()),
          column('user_id', col.ref()),
          column('type', col.enum()),
          column('from_date', col.date(true)),
          column('from_slot', col.text(60, true)),
          column('to_date', col.date(true)),
          column('to_slot', col.text(60, true)),
          column('reason', col.text(500, true)),
        ],
        indices: [{ name: 'ix_booking_event_booking', columnNames: ['booking_id'] }],
        foreignKeys: [fk('fk_booking_event_booking', 'booking_id', 'booking')],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['booking_event', 'pre_meeting', 'travel_matrix', 'reception_counter', 'booking_slot', 'booking_personal', 'booking']) await q.dropTable(t);
  }
}
