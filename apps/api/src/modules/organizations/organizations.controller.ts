import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { parseListQuery } from '@outreach/domain/common';
import { organizationInputSchema, type OrganizationView, organizationViewSchema } from '@outreach/domain/organizations';
import type { z } from 'zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, RequirePermission } from '../../common/auth/decorators';
import { ListResult } from '../../common/http/list-result';
import { Responds, RespondsList } from '../../common/http/responds';
import { ORGANIZATION_LIST, OrganizationsService } from './organizations.service';

@ApiTags('organizations')
@Controller('organizations')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @RespondsList(organizationViewSchema)
  @Get()
  @RequirePermission('organization.read')
  async list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>): Promise<ListResult<OrganizationView>> {
    const { data, total } = await this.organizations.list(actor, parseListQuery(query, ORGANIZATION_LIST));
    return new ListResult(data, total);
  }

  @Responds(organizationViewSchema)
  @Get(':id')
  @RequirePermission('organization.read')
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<OrganizationView> {
    return this.organizations.get(actor, id);
  }

  @Responds(organizationViewSchema)
  @Post()
  @RequirePermission('organization.manage')
  create(@CurrentActor() actor: Actor, @Body({ schema: organizationInputSchema }) body: z.infer<typeof organizationInputSchema>): Promise<OrganizationView> {
    return this.organizations.create(actor, body);
  }

  @Responds(organizationViewSchema)
  @Put(':id')
  @RequirePermission('organization.manage')
  update(@CurrentActor() actor: Actor, @Param('id') id: string, @Body({ schema: organizationInputSchema }) body: z.infer<typeof organizationInputSchema>): Promise<OrganizationView> {
    return this.organizations.update(actor, id, body);
  }
}
