import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { parseListQuery } from '@outreach/domain/common';
import { municipalityInputSchema, type MunicipalityView, municipalityViewSchema } from '@outreach/domain/municipalities';
import type { z } from 'zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor } from '../../common/auth/decorators';
import { ListResult } from '../../common/http/list-result';
import { Route } from '../../common/http/route';
import { MUNICIPALITY_LIST, MunicipalitiesService } from './municipalities.service';

@ApiTags('municipalities')
@Controller('municipalities')
export class MunicipalitiesController {
  constructor(private readonly municipalities: MunicipalitiesService) {}

  @Route.get({ allow: 'municipality.read', list: municipalityViewSchema })
  async list(@Query() query: Record<string, unknown>): Promise<ListResult<MunicipalityView>> {
    const { data, total } = await this.municipalities.list(parseListQuery(query, MUNICIPALITY_LIST));
    return new ListResult(data, total);
  }

  @Route.get(':id', { allow: 'municipality.read', responds: municipalityViewSchema })
  get(@Param('id') id: string): Promise<MunicipalityView> {
    return this.municipalities.get(id);
  }

  @Route.post({ allow: 'municipality.manage', responds: municipalityViewSchema })
  create(@CurrentActor() actor: Actor, @Body({ schema: municipalityInputSchema }) body: z.infer<typeof municipalityInputSchema>): Promise<MunicipalityView> {
    return this.municipalities.create(actor, body);
  }

  @Route.put(':id', { allow: 'municipality.manage', responds: municipalityViewSchema })
  update(@CurrentActor() actor: Actor, @Param('id') id: string, @Body({ schema: municipalityInputSchema }) body: z.infer<typeof municipalityInputSchema>): Promise<MunicipalityView> {
    return this.municipalities.update(actor, id, body);
  }
}
