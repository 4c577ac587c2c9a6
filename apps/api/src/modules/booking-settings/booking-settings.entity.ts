import { Column, Entity, PrimaryColumn } from 'typeorm';
import { col, jsonText } from '../../database/columns';

/** A program's district travel matrix (minutes between districts), edited by the manager. */
@Entity('travel_matrix')
export class TravelMatrixEntity {
  @PrimaryColumn({ ...col.ref(), name: 'program_id' }) programId: string;
  @Column({ ...col.json(), transformer: jsonText<string[]>([]) }) districts: string[];
  @Column({ ...col.json(), transformer: jsonText<Record<string, Record<string, number>>>({}) }) minutes: Record<string, Record<string, number>>;
}
