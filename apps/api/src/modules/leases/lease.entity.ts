import { Column, Entity, PrimaryColumn } from 'typeorm';
import { col } from '../../database/columns';

/**
 * One row per piece of scheduled work (the personal-data sweep, …): which API instance holds it and until when.
 * Several instances on one database run such work once per period: whoever takes the row runs it.
 */
@Entity('scheduler_lease')
export class LeaseEntity {
  @PrimaryColumn(col.text(80)) name: string;
  @Column(col.text(100)) holder: string;
  @Column({ ...col.instant(), name: 'acquired_at' }) acquiredAt: Date;
  @Column({ ...col.instant(), name: 'expires_at' }) expiresAt: Date;
}
