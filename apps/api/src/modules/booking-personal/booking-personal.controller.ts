import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  type BookingCallerNameView,
  bookingCallerNameViewSchema,
  bookingCallerNamesSchema,
  type BookingPersonalView,
  bookingPersonalViewSchema,
  type BookingSearchResultView,
  bookingSearchResultViewSchema,
  bookingSearchSchema,
  type BookingView,
  bookingViewSchema,
} from '@outreach/domain/bookings';
import { z } from 'zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, CurrentProgram } from '../../common/auth/decorators';
import { Route } from '../../common/http/route';
import type { ProgramEntity } from '../programs/program.entity';
import { BookingPersonalService } from './booking-personal.service';

@ApiTags('bookings')
@Controller('bookings')
export class BookingPersonalController {
  constructor(private readonly personal: BookingPersonalService) {}

  /** The reception slip's personal data; each read goes to the handling record. */
  @Route.get(':id/personal', { allow: 'program.read', responds: bookingPersonalViewSchema })
  read(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<BookingPersonalView> {
    return this.personal.read(actor, id);
  }

  @Route.post(':id/delete-personal-data', { allow: 'booking.share', status: 200, responds: bookingViewSchema })
  delete(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<BookingView> {
    return this.personal.deleteNow(actor, id);
  }
}

@ApiTags('bookings')
@Controller('programs')
export class BookingSearchController {
  constructor(private readonly personal: BookingPersonalService) {}

  /**
   * Finds the program's bookings by a caller's or an applicant's name, kana or full phone number. POST, so the term
   * never appears in a URL (access logs, browser history); it is looked up as a keyed hash and never recorded.
   */
  @Route.post(':programId/bookings/search', { allow: 'reservation.read_personal', program: true, status: 200, responds: z.array(bookingSearchResultViewSchema) })
  search(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Body({ schema: bookingSearchSchema }) body: z.output<typeof bookingSearchSchema>): Promise<BookingSearchResultView[]> {
    return this.personal.search(actor, program, body.q);
  }

  /** The callers' names of the bookings a list shows; each name shown is recorded as a view of the slip. */
  @Route.post(':programId/bookings/caller-names', { allow: 'reservation.read_personal', program: true, status: 200, responds: z.array(bookingCallerNameViewSchema) })
  callerNames(@CurrentActor() actor: Actor, @CurrentProgram() program: ProgramEntity, @Body({ schema: bookingCallerNamesSchema }) body: z.output<typeof bookingCallerNamesSchema>): Promise<BookingCallerNameView[]> {
    return this.personal.callerNames(actor, program, body.ids);
  }
}
