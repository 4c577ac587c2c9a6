import type { DataSource } from 'typeorm';
import { MunicipalityEntity } from '../../modules/municipalities/municipality.entity';
import { OrganizationEntity } from '../../modules/organizations/organization.entity';
import { ProgramEntity } from '../../modules/programs/program.entity';
import { UserEntity } from '../../modules/users/user.entity';
import { DEMO_PROGRAM_TITLES } from './demo-programs';
import { DEMO_LOGINS, DEMO_MUNICIPALITY_CODES, DEMO_ORGANIZATION_NAMES } from './demo-seed';

/**
 * What a database holds that the demo did not make: accounts, municipalities, organizations or programs beyond the
 * demo's own (by e-mail, code, name and title). Empty: only demo data, which `pnpm demo:reset` may recreate. A renamed
 * demo program counts as not the demo's: resetting errs on the side of keeping data.
 */
export async function nonDemoData(ds: DataSource): Promise<string[]> {
  const emails = new Set(DEMO_LOGINS.map((l) => l.email));
  const titles = new Set(DEMO_PROGRAM_TITLES);
  const users = (await ds.getRepository(UserEntity).find({ select: { email: true } })).filter((u) => !emails.has(u.email));
  const municipalities = (await ds.getRepository(MunicipalityEntity).find({ select: { code: true } })).filter((m) => !DEMO_MUNICIPALITY_CODES.includes(m.code));
  const organizations = (await ds.getRepository(OrganizationEntity).find({ select: { name: true } })).filter((o) => !DEMO_ORGANIZATION_NAMES.includes(o.name));
  const programs = (await ds.getRepository(ProgramEntity).find({ select: { title: true } })).filter((p) => !titles.has(p.title));
  return [
    ...(users.length ? [`デモ以外の利用者 ${users.length} 人`] : []),
    ...(municipalities.length ? [`デモ以外の自治体 ${municipalities.length} 件`] : []),
    ...(organizations.length ? [`デモ以外の組織 ${organizations.length} 件`] : []),
    ...(programs.length ? [`デモ以外の事業 ${programs.length} 件`] : []),
  ];
}
