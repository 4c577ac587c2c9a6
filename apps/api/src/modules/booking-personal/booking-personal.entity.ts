import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { col } from '../../database/columns';
import { BookingEntity } from '../bookings/booking.entity';

/** The personal data of a reservation, encrypted (AES-256-GCM, key id inside the value). Deleting the row deletes it all. */
@Entity('booking_personal')
export class BookingPersonalEntity {
  @PrimaryColumn({ ...col.ref(), name: 'booking_id' }) bookingId: string;
  @OneToOne(() => BookingEntity, { onDelete: 'CASCADE', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'booking_id', foreignKeyConstraintName: 'fk_booking_personal_booking' })
  booking?: BookingEntity;
  @Column({ ...col.longText(false) }) data: string;
}
