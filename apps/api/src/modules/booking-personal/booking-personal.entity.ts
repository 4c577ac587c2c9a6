import { Column, Entity, PrimaryColumn } from 'typeorm';
import { col, References } from '../../database/columns';
import { BookingEntity } from '../bookings/booking.entity';

/** The personal data of a reservation, encrypted (AES-256-GCM, key id inside the value). Deleting the row deletes it all. */
@Entity('booking_personal')
export class BookingPersonalEntity {
  @PrimaryColumn({ ...col.ref(), name: 'booking_id' }) bookingId: string;
  @References(() => BookingEntity, { column: 'booking_id', constraint: 'fk_booking_personal_booking', onDelete: 'CASCADE', one: true })
  booking?: BookingEntity;
  @Column({ ...col.longText(false) }) data: string;
}
