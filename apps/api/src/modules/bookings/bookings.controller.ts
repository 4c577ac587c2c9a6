import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  badRequest,
  bookingCreateSchema,
  bookingMoveSchema,
  bookingReasonSchema,
  isDateKey,
  parseListQuery,
  preMeetingSchema,
  slotSearchSchema,
  travelMatrixSchema,
  weekStart,
} from '@outreach/domain';
import { z } from 'zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, CurrentProgram, ProgramScoped, RequirePermission } from '../../common/auth/decorators';
import { ListResult } from '../../common/http/list-result';
import type { ProgramEntity } from '../programs/program.entity';
import type { BookingView } from './booking.mapper';
import { BOOKING_LIST, BookingsService } from './bookings.service';

const rangeQuery = z.object({ from: z.string().optional(), to: z.string().optional() });
const shareSchema = z.object({ weekStart: z.string().refine(isDateKey, { message: '週の開始日をYYYY-MM-DDで指定してください' }) });

function range(q: z.output<typeof rangeQuery>, fallbackFrom: string, days: number): { from: string; to: string } {
  const from = q.from ?? fallbackFrom;
  const to = q.to ?? new Date(new Date(`${from}T00:00:00Z`).getTime() + (days - 1) * 86400_000).toISOString().slice(0, 10);
  if (!isDateKey(from) || !isDateKey(to) || to < from) throw badRequest('期間の指定が正しくありません', { to: '開始日以降の日付を YYYY-MM-DD で指定してください' });
  return { from, to };
}

@ApiTags('bookings')
@Controller('programs')
export class ProgramBookingsController {
  constructor(private readonly bookings: BookingsService) {}

  /** The best free slots for the caller's wishes, and why the wished ones that are not offered are excluded. */
  @Post(':programId/slots/search')
  @HttpCode(200)
  @ProgramScoped()
  @RequirePermission('booking.manage')
  search(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Body({ schema: slotSearchSchema }) body: z.output<typeof slotSearchSchema>) {
    return this.bookings.search(actor, program, body.request, body.overrides);
  }

  /** The operator's week view: visit days, free / taken positions, pre-meetings, holidays. */
  @Get(':programId/availability')
  @ProgramScoped()
  @RequirePermission('program.read')
  availability(@CurrentProgram() program: ProgramEntity, @Query({ schema: rangeQuery }) q: z.output<typeof rangeQuery>) {
    const { from, to } = range(q, weekStart(program.periodStart), 7);
    return this.bookings.availability(program, from, to);
  }

  /** Takes a booking: re-checks every rule and takes the slot under a unique key in one transaction. */
  @Post(':programId/bookings')
  @ProgramScoped()
  @RequirePermission('booking.manage')
  create(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Body({ schema: bookingCreateSchema }) body: z.output<typeof bookingCreateSchema>): Promise<BookingView> {
    return this.bookings.create(actor, program, body);
  }

  @Get(':programId/reception-list')
  @ProgramScoped()
  @RequirePermission('program.read')
  receptionList(@CurrentProgram() program: ProgramEntity) {
    return this.bookings.receptionList(program);
  }

  /** Shares the reception slips of a week's home visits with the city. */
  @Post(':programId/reception-slips/share')
  @HttpCode(200)
  @ProgramScoped()
  @RequirePermission('booking.share')
  share(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Body({ schema: shareSchema }) body: z.output<typeof shareSchema>): Promise<BookingView[]> {
    return this.bookings.share(actor, program, body.weekStart);
  }

  @Get(':programId/travel-matrix')
  @ProgramScoped()
  @RequirePermission('program.read')
  travelMatrix(@Param('programId') id: string) {
    return this.bookings.travelMatrix(id);
  }

  @Put(':programId/travel-matrix')
  @ProgramScoped()
  @RequirePermission('calendar.manage')
  saveTravelMatrix(@CurrentActor() actor: Actor, @Param('programId') id: string, @Body({ schema: travelMatrixSchema }) body: z.output<typeof travelMatrixSchema>) {
    return this.bookings.saveTravelMatrix(actor, id, body);
  }

  @Get(':programId/pre-meetings')
  @ProgramScoped()
  @RequirePermission('program.read')
  preMeetings(@Param('programId') id: string) {
    return this.bookings.listPreMeetings(id);
  }

  @Post(':programId/pre-meetings')
  @ProgramScoped()
  @RequirePermission('booking.manage')
  addPreMeeting(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Body({ schema: preMeetingSchema }) body: z.output<typeof preMeetingSchema>) {
    return this.bookings.addPreMeeting(actor, program, body);
  }

  @Delete(':programId/pre-meetings/:id')
  @ProgramScoped()
  @RequirePermission('booking.manage')
  removePreMeeting(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Param('id') id: string) {
    return this.bookings.removePreMeeting(actor, program, id);
  }
}

@ApiTags('bookings')
@Controller('bookings')
export class BookingsController {
  constructor(private readonly bookings: BookingsService) {}

  /** Facts only (numbers, dates, slot, status); personal data has its own, recorded route. */
  @Get()
  @RequirePermission('program.read')
  async list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>): Promise<ListResult<BookingView>> {
    const { data, total } = await this.bookings.list(actor, parseListQuery(query, BOOKING_LIST));
    return new ListResult(data, total);
  }

  @Get(':id')
  @RequirePermission('program.read')
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<BookingView> {
    return this.bookings.get(actor, id);
  }

  /** The reception slip's personal data; each read goes to the handling record. */
  @Get(':id/personal')
  @RequirePermission('program.read')
  personal(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.bookings.readPersonal(actor, id);
  }

  /** Moves a booking (the reception number stays), or confirms a facility request into a slot (manager). */
  @Post(':id/place')
  @HttpCode(200)
  @RequirePermission('booking.manage')
  place(@CurrentActor() actor: Actor, @Param('id') id: string, @Body({ schema: bookingMoveSchema }) body: z.output<typeof bookingMoveSchema>): Promise<BookingView> {
    return this.bookings.place(actor, id, body.choice, body.overrides);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @RequirePermission('booking.manage')
  cancel(@CurrentActor() actor: Actor, @Param('id') id: string, @Body({ schema: bookingReasonSchema }) body: z.output<typeof bookingReasonSchema>): Promise<BookingView> {
    return this.bookings.close(actor, id, 'cancelled', body.reason);
  }

  @Post(':id/no-show')
  @HttpCode(200)
  @RequirePermission('booking.manage')
  noShow(@CurrentActor() actor: Actor, @Param('id') id: string, @Body({ schema: bookingReasonSchema }) body: z.output<typeof bookingReasonSchema>): Promise<BookingView> {
    return this.bookings.close(actor, id, 'no_show', body.reason);
  }

  @Post(':id/delete-personal-data')
  @HttpCode(200)
  @RequirePermission('booking.share')
  deletePersonal(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<BookingView> {
    return this.bookings.deletePersonalNow(actor, id);
  }
}
