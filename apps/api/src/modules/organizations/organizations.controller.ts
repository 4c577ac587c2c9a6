import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { organizationInputSchema, organizationViewSchema } from '@outreach/domain/organizations';
import { ResourceController } from '../../common/http/resource-controller';
import { ORGANIZATION_LIST, OrganizationsService } from './organizations.service';

@ApiTags('organizations')
@Controller('organizations')
export class OrganizationsController extends ResourceController({
  service: OrganizationsService,
  routes: (organizations) => organizations,
  view: organizationViewSchema,
  list: ORGANIZATION_LIST,
  read: 'organization.read',
  manage: 'organization.manage',
  create: organizationInputSchema,
  update: organizationInputSchema,
}) {}
