import { Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { temporaryPasswordViewSchema, userCreateSchema, userUpdateSchema, userViewSchema } from '@outreach/domain/users';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor } from '../../common/auth/decorators';
import { ResourceController } from '../../common/http/resource-controller';
import { Route } from '../../common/http/route';
import { USER_LIST, UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
export class UsersController extends ResourceController({
  service: UsersService,
  routes: (users) => users,
  view: userViewSchema,
  list: USER_LIST,
  read: 'user.read',
  manage: 'user.manage',
  create: userCreateSchema,
  update: userUpdateSchema,
}) {
  @Route.post(':id/reset-password', { allow: 'user.manage', status: 200, responds: temporaryPasswordViewSchema })
  resetPassword(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<{ temporaryPassword: string }> {
    return this.service.resetPassword(actor, id);
  }
}
