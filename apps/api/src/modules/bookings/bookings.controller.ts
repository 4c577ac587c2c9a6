import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  availabilityQuerySchema,
  bookingCreateSchema,
  bookingMoveSchema,
  bookingReasonSchema,
  type BookingView,
  bookingViewSchema,
  type DayAvailability,
  dayAvailabilityViewSchema,
  type ReceptionListRow,
  receptionListRowViewSchema,
  slotSearchSchema,
  type SlotSearchView,
  slotSearchViewSchema,
} from '@outreach/domain/bookings';
import { addDays, dateKeySchema, resolveDateRange, parseListQuery, weekStart } from '@outreach/domain/common';
import { z } from 'zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, CurrentProgram } from '../../common/auth/decorators';
import { ListResult } from '../../common/http/list-result';
import { Route } from '../../common/http/route';
import type { ProgramEntity } from '../programs/program.entity';
import { BOOKING_LIST, BookingsService } from './bookings.service';

const shareSchema = z.object({ weekStart: dateKeySchema });

@ApiTags('bookings')
@Controller('programs')
export class ProgramBookingsController {
  constructor(private readonly bookings: BookingsService) {}

  /** The best free slots for the caller's wishes, and why the wished ones that are not offered are excluded. */
  @Route.post(':programId/slots/search', { allow: 'booking.manage', program: true, status: 200, responds: slotSearchViewSchema })
  search(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Body({ schema: slotSearchSchema }) body: z.output<typeof slotSearchSchema>): Promise<SlotSearchView> {
    return this.bookings.search(actor, program, body.request, body.overrides, body.receivedOn);
  }

  /**
   * The operator's week view: visit days, pre-meetings, holidays, and each position's state and reason judged for the
   * caller's request (kind, applicants, district — no personal data) by the slot finder's rules.
   */
  @Route.get(':programId/availability', { allow: 'program.read', program: true, responds: z.array(dayAvailabilityViewSchema) })
  availability(@CurrentProgram() program: ProgramEntity, @Query({ schema: availabilityQuerySchema }) q: z.output<typeof availabilityQuerySchema>): Promise<DayAvailability[]> {
    const { from, to } = resolveDateRange(q, { from: weekStart(program.periodStart), to: (from) => addDays(from, 6) }, 366);
    const request = q.kind ? { kind: q.kind, plannedApplications: q.applicants ?? 1, district: q.district ?? null } : undefined;
    return this.bookings.availability(program, from, to, request);
  }

  /** Takes a booking: re-checks every rule and takes the slot under a unique key in one transaction. */
  @Route.post(':programId/bookings', { allow: 'booking.manage', program: true, responds: bookingViewSchema })
  create(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Body({ schema: bookingCreateSchema }) body: z.output<typeof bookingCreateSchema>): Promise<BookingView> {
    return this.bookings.create(actor, program, body);
  }

  @Route.get(':programId/reception-list', { allow: 'program.read', program: true, responds: z.array(receptionListRowViewSchema) })
  receptionList(@CurrentProgram() program: ProgramEntity): Promise<ReceptionListRow[]> {
    return this.bookings.receptionList(program);
  }

  /** Shares the reception slips of a week's home visits with the city. */
  @Route.post(':programId/reception-slips/share', { allow: 'booking.share', program: true, status: 200, responds: z.array(bookingViewSchema) })
  share(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Body({ schema: shareSchema }) body: z.output<typeof shareSchema>): Promise<BookingView[]> {
    return this.bookings.share(actor, program, body.weekStart);
  }
}

@ApiTags('bookings')
@Controller('bookings')
export class BookingsController {
  constructor(private readonly bookings: BookingsService) {}

  /** Facts only (numbers, dates, slot, status); personal data has its own, recorded route. */
  @Route.get({ allow: 'program.read', list: bookingViewSchema })
  async list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>): Promise<ListResult<BookingView>> {
    const { data, total } = await this.bookings.list(actor, parseListQuery(query, BOOKING_LIST));
    return new ListResult(data, total);
  }

  @Route.get(':id', { allow: 'program.read', responds: bookingViewSchema })
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<BookingView> {
    return this.bookings.get(actor, id);
  }

  /** Moves a booking (the reception number stays), or confirms a facility request into a slot (manager). */
  @Route.post(':id/place', { allow: 'booking.manage', status: 200, responds: bookingViewSchema })
  place(@CurrentActor() actor: Actor, @Param('id') id: string, @Body({ schema: bookingMoveSchema }) body: z.output<typeof bookingMoveSchema>): Promise<BookingView> {
    return this.bookings.place(actor, id, body.choice, body.overrides);
  }

  @Route.post(':id/cancel', { allow: 'booking.manage', status: 200, responds: bookingViewSchema })
  cancel(@CurrentActor() actor: Actor, @Param('id') id: string, @Body({ schema: bookingReasonSchema }) body: z.output<typeof bookingReasonSchema>): Promise<BookingView> {
    return this.bookings.close(actor, id, 'cancelled', body.reason);
  }

  @Route.post(':id/no-show', { allow: 'booking.manage', status: 200, responds: bookingViewSchema })
  noShow(@CurrentActor() actor: Actor, @Param('id') id: string, @Body({ schema: bookingReasonSchema }) body: z.output<typeof bookingReasonSchema>): Promise<BookingView> {
    return this.bookings.close(actor, id, 'no_show', body.reason);
  }
}
