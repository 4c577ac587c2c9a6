import { z } from 'zod';

/**
 * The application type (申請の種類): asked for each applicant at intake, and counted per type in a session's
 * daily-report counts. One list for both, so the intake, the counts, the dashboard and the Excel agree.
 */
export const applicationTypeSchema = z.enum(['new', 'renewal', 'lost', 'damaged', 'other_reissue'], {
  message: '申請の種類を選択してください',
});
export type ApplicationType = z.infer<typeof applicationTypeSchema>;
export const APPLICATION_TYPES: readonly ApplicationType[] = applicationTypeSchema.options;

/** As the operator reads them out at intake. */
export const APPLICATION_TYPE_LABELS: Record<ApplicationType, string> = {
  new: '新規',
  renewal: '更新',
  lost: '紛失',
  damaged: '自己責任による破損',
  other_reissue: 'その他の再交付',
};

/** The session count that holds each type's applications (lost, damaged and other are re-issues). */
export const APPLICATION_COUNT_FIELDS = {
  new: 'applicationsNew',
  renewal: 'applicationsRenewal',
  lost: 'applicationsReissueLost',
  damaged: 'applicationsReissueDamaged',
  other_reissue: 'applicationsReissueOther',
} as const satisfies Record<ApplicationType, string>;
export type ApplicationCountField = (typeof APPLICATION_COUNT_FIELDS)[ApplicationType];

/** Applications by type (the dashboard's breakdown). */
export type ApplicationCounts = Record<ApplicationType, number>;

/** A session's (or a sum of sessions') counts by application type. */
export function applicationCounts(counts: Readonly<Record<ApplicationCountField, number>>): ApplicationCounts {
  return Object.fromEntries(APPLICATION_TYPES.map((t) => [t, counts[APPLICATION_COUNT_FIELDS[t]]])) as ApplicationCounts;
}

/** All applications: new, renewal and the three re-issue types. */
export function applicationsTotal(counts: Readonly<Record<ApplicationCountField, number>>): number {
  return APPLICATION_TYPES.reduce((sum, t) => sum + counts[APPLICATION_COUNT_FIELDS[t]], 0);
}
