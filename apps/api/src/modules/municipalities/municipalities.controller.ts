import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { parseListQuery } from '@outreach/domain/common';
import { municipalityInputSchema, type MunicipalityView, municipalityViewSchema } from '@outreach/domain/municipalities';
import type { z } from 'zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, RequirePermission } from '../../common/auth/decorators';
import { ListResult } from '../../common/http/list-result';
import { Responds, RespondsList } from '../../common/http/responds';
import { MUNICIPALITY_LIST, MunicipalitiesService } from './municipalities.service';

@ApiTags('municipalities')
@Controller('municipalities')
export class MunicipalitiesController {
  constructor(private readonly municipalities: MunicipalitiesService) {}

  @RespondsList(municipalityViewSchema)
  @Get()
  @RequirePermission('municipality.read')
  async list(@Query() query: Record<string, unknown>): Promise<ListResult<MunicipalityView>> {
    const { data, total } = await this.municipalities.list(parseListQuery(query, MUNICIPALITY_LIST));
    return new ListResult(data, total);
  }

  @Responds(municipalityViewSchema)
  @Get(':id')
  @RequirePermission('municipality.read')
  get(@Param('id') id: string): Promise<MunicipalityView> {
    return this.municipalities.get(id);
  }

  @Responds(municipalityViewSchema)
  @Post()
  @RequirePermission('municipality.manage')
  create(@CurrentActor() actor: Actor, @Body({ schema: municipalityInputSchema }) body: z.infer<typeof municipalityInputSchema>): Promise<MunicipalityView> {
    return this.municipalities.create(actor, body);
  }

  @Responds(municipalityViewSchema)
  @Put(':id')
  @RequirePermission('municipality.manage')
  update(@CurrentActor() actor: Actor, @Param('id') id: string, @Body({ schema: municipalityInputSchema }) body: z.infer<typeof municipalityInputSchema>): Promise<MunicipalityView> {
    return this.municipalities.update(actor, id, body);
  }
}
