import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createVersionTriggers, dropVersionTriggers } from './1764008800000-AddProgramDataVersions';

/**
 * A table the dashboard summary reads since the attention list checks each half-day's team (who is on it): the
 * members of visit_team, named by their team's program. Its writes bump the program's figures like every other
 * source (ADR 0014); test/dashboard-cache.e2e-spec.ts reads the sources from here too.
 */
export const TEAM_MEMBER_SOURCE: Record<string, string> = {
  visit_team_member: '(SELECT t.program_id FROM visit_team t WHERE t.id = {row}.team_id)',
};

export class AddTeamMemberDataVersion1764009500000 implements MigrationInterface {
  name = 'AddTeamMemberDataVersion1764009500000';

  async up(q: QueryRunner): Promise<void> {
    for (const [table, expr] of Object.entries(TEAM_MEMBER_SOURCE)) await createVersionTriggers(q, table, { version: 1 }, expr);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of Object.keys(TEAM_MEMBER_SOURCE)) await dropVersionTriggers(q, table);
  }
}
