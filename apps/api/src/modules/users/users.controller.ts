import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { parseListQuery } from '@outreach/domain/common';
import { temporaryPasswordViewSchema, userCreateSchema, userUpdateSchema, type UserView, userViewSchema } from '@outreach/domain/users';
import type { z } from 'zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, RequirePermission } from '../../common/auth/decorators';
import { ListResult } from '../../common/http/list-result';
import { Responds, RespondsList } from '../../common/http/responds';
import { USER_LIST, UsersService } from './users.service';


@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @RespondsList(userViewSchema)
  @Get()
  @RequirePermission('user.read')
  async list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>): Promise<ListResult<UserView>> {
    const { data, total } = await this.users.list(actor, parseListQuery(query, USER_LIST));
    return new ListResult(data, total);
  }

  @Responds(userViewSchema)
  @Get(':id')
  @RequirePermission('user.read')
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<UserView> {
    return this.users.get(actor, id);
  }

  @Responds(userViewSchema)
  @Post()
  @RequirePermission('user.manage')
  create(@CurrentActor() actor: Actor, @Body({ schema: userCreateSchema }) body: z.infer<typeof userCreateSchema>): Promise<UserView> {
    return this.users.create(actor, body);
  }

  @Responds(userViewSchema)
  @Put(':id')
  @RequirePermission('user.manage')
  update(@CurrentActor() actor: Actor, @Param('id') id: string, @Body({ schema: userUpdateSchema }) body: z.infer<typeof userUpdateSchema>): Promise<UserView> {
    return this.users.update(actor, id, body);
  }

  @Responds(temporaryPasswordViewSchema)
  @Post(':id/reset-password')
  @HttpCode(200)
  @RequirePermission('user.manage')
  resetPassword(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<{ temporaryPassword: string }> {
    return this.users.resetPassword(actor, id);
  }
}
