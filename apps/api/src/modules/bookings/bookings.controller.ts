import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
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
import { CurrentActor, CurrentProgram, ProgramScoped, RequirePermission } from '../../common/auth/decorators';
import { ListResult } from '../../common/http/list-result';
import { Responds, RespondsList } from '../../common/http/responds';
import type { ProgramEntity } from '../programs/program.entity';
import { BOOKING_LIST, BookingsService } from './bookings.service';

const shareSchema = z.object({ weekStart: dateKeySchema });

@ApiTags('bookings')
@Controller('programs')
export class ProgramBookingsController {
  constructor(private readonly bookings: BookingsService) {}

  /** The best free slots for the caller's wishes, and why the wished ones that are not offered are excluded. */
  @Responds(slotSearchViewSchema)
  @Post(':programId/slots/search')
  @HttpCode(200)
  @ProgramScoped()
  @RequirePermission('booking.manage')
  search(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Body({ schema: slotSearchSchema }) body: z.output<typeof slotSearchSchema>): Promise<SlotSearchView> {
    return this.bookings.search(actor, program, body.request, body.overrides, body.receivedOn);
  }

  /**
   * The operator's week view: visit days, pre-meetings, holidays, and each position's state and reason judged for the
   * caller's request (kind, applicants, district — no personal data) by the slot finder's rules.
   */
  @Responds(z.array(dayAvailabilityViewSchema))
  @Get(':programId/availability')
  @ProgramScoped()
  @RequirePermission('program.read')
  availability(@CurrentProgram() program: ProgramEntity, @Query({ schema: availabilityQuerySchema }) q: z.output<typeof availabilityQuerySchema>): Promise<DayAvailability[]> {
    const { from, to } = resolveDateRange(q, { from: weekStart(program.periodStart), to: (from) => addDays(from, 6) }, 366);
    const request = q.kind ? { kind: q.kind, plannedApplications: q.applicants ?? 1, district: q.district ?? null } : undefined;
    return this.bookings.availability(program, from, to, request);
  }

  /** Takes a booking: re-checks every rule and takes the slot under a unique key in one transaction. */
  @Responds(bookingViewSchema)
  @Post(':programId/bookings')
  @ProgramScoped()
  @RequirePermission('booking.manage')
  create(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Body({ schema: bookingCreateSchema }) body: z.output<typeof bookingCreateSchema>): Promise<BookingView> {
    return this.bookings.create(actor, program, body);
  }

  @Responds(z.array(receptionListRowViewSchema))
  @Get(':programId/reception-list')
  @ProgramScoped()
  @RequirePermission('program.read')
  receptionList(@CurrentProgram() program: ProgramEntity): Promise<ReceptionListRow[]> {
    return this.bookings.receptionList(program);
  }

  /** Shares the reception slips of a week's home visits with the city. */
  @Responds(z.array(bookingViewSchema))
  @Post(':programId/reception-slips/share')
  @HttpCode(200)
  @ProgramScoped()
  @RequirePermission('booking.share')
  share(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Body({ schema: shareSchema }) body: z.output<typeof shareSchema>): Promise<BookingView[]> {
    return this.bookings.share(actor, program, body.weekStart);
  }
}

@ApiTags('bookings')
@Controller('bookings')
export class BookingsController {
  constructor(private readonly bookings: BookingsService) {}

  /** Facts only (numbers, dates, slot, status); personal data has its own, recorded route. */
  @RespondsList(bookingViewSchema)
  @Get()
  @RequirePermission('program.read')
  async list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>): Promise<ListResult<BookingView>> {
    const { data, total } = await this.bookings.list(actor, parseListQuery(query, BOOKING_LIST));
    return new ListResult(data, total);
  }

  @Responds(bookingViewSchema)
  @Get(':id')
  @RequirePermission('program.read')
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<BookingView> {
    return this.bookings.get(actor, id);
  }

  /** Moves a booking (the reception number stays), or confirms a facility request into a slot (manager). */
  @Responds(bookingViewSchema)
  @Post(':id/place')
  @HttpCode(200)
  @RequirePermission('booking.manage')
  place(@CurrentActor() actor: Actor, @Param('id') id: string, @Body({ schema: bookingMoveSchema }) body: z.output<typeof bookingMoveSchema>): Promise<BookingView> {
    return this.bookings.place(actor, id, body.choice, body.overrides);
  }

  @Responds(bookingViewSchema)
  @Post(':id/cancel')
  @HttpCode(200)
  @RequirePermission('booking.manage')
  cancel(@CurrentActor() actor: Actor, @Param('id') id: string, @Body({ schema: bookingReasonSchema }) body: z.output<typeof bookingReasonSchema>): Promise<BookingView> {
    return this.bookings.close(actor, id, 'cancelled', body.reason);
  }

  @Responds(bookingViewSchema)
  @Post(':id/no-show')
  @HttpCode(200)
  @RequirePermission('booking.manage')
  noShow(@CurrentActor() actor: Actor, @Param('id') id: string, @Body({ schema: bookingReasonSchema }) body: z.output<typeof bookingReasonSchema>): Promise<BookingView> {
    return this.bookings.close(actor, id, 'no_show', body.reason);
  }
}
