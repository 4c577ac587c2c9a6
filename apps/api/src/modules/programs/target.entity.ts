import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { ServiceKind } from '@outreach/domain/programs';
import { col, jsonText, References } from '../../database/columns';
import { ProgramEntity } from './program.entity';

/** A group of targets met when any (Shimonoseki: 40 sessions or 300 applicants) or all of them are met. */
@Entity('target_group')
export class TargetGroupEntity {
  @PrimaryColumn(col.id()) id: string;
  @Index('ix_target_group_program')
  @Column({ ...col.ref(), name: 'program_id' })
  programId: string;
  @References(() => ProgramEntity, { column: 'program_id', constraint: 'fk_target_group_program', onDelete: 'CASCADE' })
  program?: ProgramEntity;
  @Column(col.text(100)) name: string;
  /** 'any' | 'all' */
  @Column(col.enum()) logic: string;
  @Column({ ...col.int(), name: 'sort_order' }) sortOrder: number;
}

/** A metric with a goal, counting the listed service kinds together (none listed: every kind of the program). */
@Entity('target')
export class TargetEntity {
  @PrimaryColumn(col.id()) id: string;
  @Index('ix_target_group')
  @Column({ ...col.ref(), name: 'group_id' })
  groupId: string;
  @References(() => TargetGroupEntity, { column: 'group_id', constraint: 'fk_target_group', onDelete: 'CASCADE' })
  group?: TargetGroupEntity;
  @Column(col.enum()) metric: string;
  @Column(col.int()) goal: number;
  @Column({ ...col.json(), name: 'service_kinds', transformer: jsonText<ServiceKind[]>([]) }) serviceKinds: ServiceKind[];
  @Column(col.text(100, true)) label: string | null;
  @Column({ ...col.int(), name: 'sort_order' }) sortOrder: number;
}
