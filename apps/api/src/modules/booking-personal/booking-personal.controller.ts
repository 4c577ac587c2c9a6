import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type BookingPersonalView, bookingPersonalViewSchema, type BookingView, bookingViewSchema } from '@outreach/domain/bookings';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, RequirePermission } from '../../common/auth/decorators';
import { Responds } from '../../common/http/responds';
import { BookingPersonalService } from './booking-personal.service';

@ApiTags('bookings')
@Controller('bookings')
export class BookingPersonalController {
  constructor(private readonly personal: BookingPersonalService) {}

  /** The reception slip's personal data; each read goes to the handling record. */
  @Responds(bookingPersonalViewSchema)
  @Get(':id/personal')
  @RequirePermission('program.read')
  read(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<BookingPersonalView> {
    return this.personal.read(actor, id);
  }

  @Responds(bookingViewSchema)
  @Post(':id/delete-personal-data')
  @HttpCode(200)
  @RequirePermission('booking.share')
  delete(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<BookingView> {
    return this.personal.deleteNow(actor, id);
  }
}
