import { Entity, Index, PrimaryColumn } from 'typeorm';
import { col, References } from '../../database/columns';
import { MunicipalityEntity } from '../municipalities/municipality.entity';
import { OrganizationEntity } from './organization.entity';

/**
 * Which cities a vendor organization is contracted by, as the system administrator recorded it. A city admin may
 * attach only such a vendor to the city's programs and sees only such vendors: a city cannot pull another city's
 * vendor into its programs (and thereby change what that vendor's people see) on its own.
 */
@Entity('vendor_municipality')
export class VendorMunicipalityEntity {
  @PrimaryColumn({ ...col.ref(), name: 'organization_id' }) organizationId: string;
  @Index('ix_vendor_municipality_municipality')
  @PrimaryColumn({ ...col.ref(), name: 'municipality_id' })
  municipalityId: string;
  @References(() => OrganizationEntity, { column: 'organization_id', constraint: 'fk_vendor_municipality_organization', onDelete: 'CASCADE' })
  organization?: OrganizationEntity;
  @References(() => MunicipalityEntity, { column: 'municipality_id', constraint: 'fk_vendor_municipality_municipality', onDelete: 'CASCADE' })
  municipality?: MunicipalityEntity;
}
