import { randomUUID } from 'node:crypto';
import { siteKey } from '@outreach/domain/approvals';
import type { ServiceKind } from '@outreach/domain/programs';
import type { EntityManager } from 'typeorm';
import { SiteApprovalEntity } from '../../modules/approvals/site-approval.entity';
import type { ProgramEntity } from '../../modules/programs/program.entity';

/** A venue the Shimonoseki vendor has proposed and the city has not decided yet (on the city's attention list). */
export const DEMO_PENDING_SITE = { serviceKind: 'venue_event' as const, name: 'ホームセンター ひびき（架空）', address: '下関市（架空）' };

/**
 * 実施場所の承認 (004 §7(3)): every place the demo's sessions use is approved (proposed by the vendor, approved by
 * the city when the contract began), and one venue waits for the city's decision since yesterday.
 */
export async function seedDemoSites(
  m: EntityManager,
  program: Pick<ProgramEntity, 'id' | 'periodStart'>,
  places: Record<ServiceKind, string[]>,
  users: { vendorUserId: string; cityUserId: string },
  now: Date,
): Promise<void> {
  const start = new Date(`${program.periodStart}T09:00:00+09:00`);
  const row = (serviceKind: ServiceKind, name: string) => ({ id: randomUUID(), programId: program.id, serviceKind, name, nameKey: siteKey(name), address: null, rejectionReason: null, proposedBy: users.vendorUserId });
  const approved = (Object.entries(places) as Array<[ServiceKind, string[]]>).flatMap(([kind, names]) => names.map((n) => ({ ...row(kind, n), status: 'approved', proposedAt: start, decidedBy: users.cityUserId, decidedAt: start })));
  const pending = { ...row(DEMO_PENDING_SITE.serviceKind, DEMO_PENDING_SITE.name), address: DEMO_PENDING_SITE.address, status: 'proposed', proposedAt: new Date(now.getTime() - 86_400_000), decidedBy: null, decidedAt: null };
  await m.getRepository(SiteApprovalEntity).insert([...approved, pending]);
}
