import { Body, Controller, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { itineraryQuerySchema, type ItineraryView, itineraryViewSchema, teamAssignBodySchema, type TeamListView, teamListViewSchema, teamRangeQuerySchema } from '@outreach/domain/teams';
import type { z } from 'zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, CurrentProgram } from '../../common/auth/decorators';
import { Route } from '../../common/http/route';
import type { ProgramEntity } from '../programs/program.entity';
import { ItineraryService } from './itinerary.service';
import { TeamsService } from './teams.service';

/** チーム: the vendor's manager assigns each visit half-day's team; staff read the teams they are on. */
@ApiTags('teams')
@Controller('programs')
export class TeamsController {
  constructor(
    private readonly teams: TeamsService,
    private readonly itineraries: ItineraryService,
  ) {}

  /** The half-days with bookings (default: the next two weeks) and their teams; staff get only their own. */
  @Route.get(':programId/teams', { allow: 'booking.manage', program: true, responds: teamListViewSchema })
  list(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Query({ schema: teamRangeQuerySchema }) query: z.output<typeof teamRangeQuerySchema>): Promise<TeamListView> {
    return this.teams.list(actor, program, query.from, query.to);
  }

  /** A team's itinerary (訪問行程表) of a half-day: its members and managers only (404 otherwise); each opening recorded. */
  @Route.get(':programId/itinerary', { allow: 'booking.manage', program: true, responds: itineraryViewSchema })
  itinerary(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Query({ schema: itineraryQuerySchema }) query: z.output<typeof itineraryQuerySchema>): Promise<ItineraryView> {
    return this.itineraries.open(actor, program, query.date, query.half);
  }

  /** Assigns a half-day's whole team; 422 with the field to change when it could not go out as it is. */
  @Route.put(':programId/teams', { allow: 'team.assign', program: true, responds: teamListViewSchema })
  assign(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Body({ schema: teamAssignBodySchema }) body: z.output<typeof teamAssignBodySchema>): Promise<TeamListView> {
    return this.teams.assign(actor, program, body);
  }
}
