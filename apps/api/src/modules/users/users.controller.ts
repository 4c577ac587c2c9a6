import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { temporaryPasswordViewSchema, userCreateSchema, userUpdateSchema, userViewSchema } from '@outreach/domain/users';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, RequirePermission } from '../../common/auth/decorators';
import { ResourceController } from '../../common/http/resource-controller';
import { Responds } from '../../common/http/responds';
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
  @Responds(temporaryPasswordViewSchema)
  @Post(':id/reset-password')
  @HttpCode(200)
  @RequirePermission('user.manage')
  resetPassword(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<{ temporaryPassword: string }> {
    return this.service.resetPassword(actor, id);
  }
}
