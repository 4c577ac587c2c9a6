import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { organizationInputSchema, parseListQuery } from '@outreach/domain';
import type { z } from 'zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, RequirePermission } from '../../common/auth/decorators';
import { ListResult } from '../../common/http/list-result';
import { ORGANIZATION_LIST, type OrganizationView, OrganizationsService } from './organizations.service';

@ApiTags('organizations')
@Controller('organizations')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Get()
  @RequirePermission('organization.read')
  async list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>): Promise<ListResult<OrganizationView>> {
    const { data, total } = await this.organizations.list(actor, parseListQuery(query, ORGANIZATION_LIST));
    return new ListResult(data, total);
  }

  @Get(':id')
  @RequirePermission('organization.read')
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<OrganizationView> {
    return this.organizations.get(actor, id);
  }

  @Post()
  @RequirePermission('organization.manage')
  create(@CurrentActor() actor: Actor, @Body({ schema: organizationInputSchema }) body: z.infer<typeof organizationInputSchema>): Promise<OrganizationView> {
    return this.organizations.create(actor, body);
  }

  @Put(':id')
  @RequirePermission('organization.manage')
  update(@CurrentActor() actor: Actor, @Param('id') id: string, @Body({ schema: organizationInputSchema }) body: z.infer<typeof organizationInputSchema>): Promise<OrganizationView> {
    return this.organizations.update(actor, id, body);
  }
}
