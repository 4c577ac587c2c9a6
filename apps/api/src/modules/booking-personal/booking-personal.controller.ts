import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, RequirePermission } from '../../common/auth/decorators';
import type { BookingView } from '../bookings/booking.mapper';
import { BookingPersonalService } from './booking-personal.service';

@ApiTags('bookings')
@Controller('bookings')
export class BookingPersonalController {
  constructor(private readonly personal: BookingPersonalService) {}

  /** The reception slip's personal data; each read goes to the handling record. */
  @Get(':id/personal')
  @RequirePermission('program.read')
  read(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.personal.read(actor, id);
  }

  @Post(':id/delete-personal-data')
  @HttpCode(200)
  @RequirePermission('booking.share')
  delete(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<BookingView> {
    return this.personal.deleteNow(actor, id);
  }
}
