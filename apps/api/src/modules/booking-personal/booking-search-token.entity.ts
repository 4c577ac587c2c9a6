import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { col, References } from '../../database/columns';
import { BookingEntity } from '../bookings/booking.entity';

/**
 * What a reservation can be found by: keyed hashes (HMAC, the program's search key) of the normalized names, kana
 * and phone numbers of its personal data — never the values. Written with the personal data, deleted with it.
 */
@Entity('booking_search_token')
@Index('ix_booking_search_token_program_token', ['programId', 'token'])
export class BookingSearchTokenEntity {
  @PrimaryColumn({ ...col.ref(), name: 'booking_id' }) bookingId: string;
  @PrimaryColumn({ ...col.text(64) }) token: string;
  @References(() => BookingEntity, { column: 'booking_id', constraint: 'fk_booking_search_token_booking', onDelete: 'CASCADE' })
  booking?: BookingEntity;
  @Column({ ...col.ref(), name: 'program_id' }) programId: string;
}
