import type { ServiceKind } from '@outreach/domain/programs';
import type { SESSION_COUNT_FIELDS } from '@outreach/domain/sessions';
import type { SessionEntity } from '../../modules/sessions/session.entity';
import { around } from './random';

/** A session's count columns: the figures of its daily report. */
export type SessionCounts = Pick<SessionEntity, (typeof SESSION_COUNT_FIELDS)[number]>;

/**
 * Plausible counts for one session of `kind` that took these applications, passing every cross-check of the daily
 * report (photos taken or brought, their exceptions, cards, consultations, proxy writing). Shared by the demo and
 * the benchmark's generator, which draw the applications their own way; `disabilityRate` (the generator's) now and
 * then adds a disability exception, none without it. Draws from `random` in a fixed order, so a seed gives the same rows.
 */
export function plausibleCounts(
  random: () => number,
  kind: ServiceKind,
  apps: { newApps: number; renewal: number; lost: number; damaged: number },
  disabilityRate?: number,
): SessionCounts {
  const total = apps.newApps + apps.renewal + apps.lost + apps.damaged;
  const brought = kind === 'venue_event' ? Math.floor(total * 0.3 * random()) : 0;
  const onSite = total - brought;
  const medical = kind === 'venue_event' ? 0 : Math.min(onSite, around(random, kind === 'facility_visit' ? 2 : 0.3));
  const bedridden = kind === 'facility_visit' ? Math.min(onSite - medical, around(random, 1)) : 0;
  return {
    applicationsNew: apps.newApps,
    applicationsRenewal: apps.renewal,
    applicationsReissueLost: apps.lost,
    applicationsReissueDamaged: apps.damaged,
    applicationsReissueOther: 0,
    faceAuthCards: Math.min(total, around(random, kind === 'facility_visit' ? 2 : 0.3)),
    mailToFacility: kind === 'facility_visit' ? Math.floor(total * 0.5) : 0,
    consultations: around(random, kind === 'venue_event' ? 6 : 0.5),
    photosTakenOnSite: onSite,
    photosBrought: brought,
    photoRetakes: around(random, total * 0.1),
    photoExceptionsMedical: medical,
    photoExceptionsDisability: disabilityRate !== undefined && random() < disabilityRate ? Math.min(1, onSite - medical - bedridden) : 0,
    photoExceptionsBedridden: bedridden,
    photoExceptionsOther: 0,
    proxyWriting: Math.min(total, around(random, kind === 'venue_event' ? 0.5 : total * 0.3)),
    notTaken: 0,
  };
}
