import { type MigrationInterface, type QueryRunner, TableIndex } from 'typeorm';

/**
 * An email address is unique within its organization, not across the installation: creating a user then answers
 * the same for an address that exists in another city or vendor as for an unknown one (no enumeration across
 * tenants, ADR 0009). Login looks the address up through a plain index and checks the password against each
 * account holding it.
 */
export class UserEmailPerOrganization1764002050000 implements MigrationInterface {
  name = 'UserEmailPerOrganization1764002050000';

  async up(q: QueryRunner): Promise<void> {
    await q.dropIndex('app_user', 'uq_user_email');
    await q.createIndices('app_user', [
      new TableIndex({ name: 'uq_user_organization_email', columnNames: ['organization_id', 'email'], isUnique: true }),
      new TableIndex({ name: 'ix_user_email', columnNames: ['email'] }),
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('app_user', 'ix_user_email');
    await q.dropIndex('app_user', 'uq_user_organization_email');
    await q.createIndex('app_user', new TableIndex({ name: 'uq_user_email', columnNames: ['email'], isUnique: true }));
  }
}
