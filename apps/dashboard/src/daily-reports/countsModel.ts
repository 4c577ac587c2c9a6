import { REGISTER_COUNT_FIELDS, type RegisterCountField, type RegisterCounts, registerChecks } from '@outreach/domain/applications';
import { issuesToFieldErrors } from '@outreach/domain/common';
import { dailyReportDraftSchema } from '@outreach/domain/daily-reports';
import { applicationsTotal, checkSessionCounts, sessionCountsSchema, type SessionCounts } from '@outreach/domain/sessions';
import type { PhotoView } from '@outreach/domain/daily-reports';
import type { SessionView } from '@outreach/domain/sessions';
import type { CountField, CountTextField } from './report';

/**
 * The daily report form as data: the groups of counts of one session block, the draft the inputs edit, the
 * live checks beside the fields (the domain's own rules), the body the autosave sends, and why 提出 is refused.
 * Pure, so the form's behaviour is tested without rendering it.
 */

export type GroupKey = 'applications' | 'among' | 'consultations' | 'photos' | 'exceptions' | 'proxy' | 'notTaken' | 'notes';

export interface CountGroup {
  key: GroupKey;
  counts: readonly CountField[];
  texts: readonly CountTextField[];
  /** Show the live total of the group's counts (the applications). */
  total?: boolean;
}

/** One session block, in the order of the paper form and the Excel sheets. */
export const COUNT_GROUPS: readonly CountGroup[] = [
  {
    key: 'applications',
    counts: ['applicationsNew', 'applicationsRenewal', 'applicationsReissueLost', 'applicationsReissueDamaged', 'applicationsReissueOther'],
    texts: [],
    total: true,
  },
  { key: 'among', counts: ['faceAuthCards', 'mailToFacility'], texts: [] },
  { key: 'consultations', counts: ['consultations'], texts: [] },
  { key: 'photos', counts: ['photosTakenOnSite', 'photosBrought', 'photoRetakes'], texts: ['photoShortfallExplanation'] },
  {
    key: 'exceptions',
    counts: ['photoExceptionsMedical', 'photoExceptionsDisability', 'photoExceptionsBedridden', 'photoExceptionsOther'],
    texts: ['photoExceptionsOtherText'],
  },
  { key: 'proxy', counts: ['proxyWriting'], texts: [] },
  { key: 'notTaken', counts: ['notTaken'], texts: ['notTakenReason'] },
  { key: 'notes', counts: [], texts: ['problems', 'note'] },
];

export const COUNT_FIELDS: readonly CountField[] = COUNT_GROUPS.flatMap((g) => g.counts);
export const COUNT_TEXT_FIELDS: readonly CountTextField[] = COUNT_GROUPS.flatMap((g) => g.texts);

/** The largest count the API accepts (sessionCountsSchema). */
export const MAX_COUNT = 9999;

/** What the inputs of one session block edit: every count a number, every text a string ('' when empty). */
export type SessionDraft = { id: string } & Record<CountField, number> & Record<CountTextField, string>;

export function draftOf(session: SessionView): SessionDraft {
  const draft = { id: session.id } as SessionDraft;
  for (const f of COUNT_FIELDS) draft[f] = typeof session[f] === 'number' ? session[f] : 0;
  for (const f of COUNT_TEXT_FIELDS) draft[f] = session[f] ?? '';
  return draft;
}

/** The number after pressing − or + (or an arrow key), kept within 0…9999. */
export function stepCount(value: number, delta: number): number {
  return Math.min(MAX_COUNT, Math.max(0, (Number.isFinite(value) ? Math.trunc(value) : 0) + delta));
}

/** What a key does to a count field: ↑ +1, ↓ −1, with Shift ±10; 0 for any other key. */
export function keyStep(key: string, shift: boolean): number {
  const size = shift ? 10 : 1;
  if (key === 'ArrowUp') return size;
  if (key === 'ArrowDown') return -size;
  return 0;
}

/**
 * What a typed count means: '' is 0 (a cleared field), full-width digits count (IME input), anything else
 * that is not a whole number is refused (undefined: keep the previous value).
 */
export function parseCountText(text: string): number | undefined {
  const t = text.normalize('NFKC').trim();
  if (t === '') return 0;
  if (!/^\d{1,6}$/.test(t)) return undefined;
  return Math.min(Number(t), 99_999); // above 9999 is kept so that the schema's message shows
}

/** The applications of the session: new, renewal and the three re-issue types. */
export function applicationsOf(draft: SessionDraft): number {
  return applicationsTotal(draft);
}

/** The sum of a group's counts (the live total beside 申請). */
export function groupTotal(draft: SessionDraft, group: CountGroup): number {
  return group.counts.reduce((sum, f) => sum + draft[f], 0);
}

const blank = (text: string) => text.trim() === '';

/**
 * Whether a text input of the block is shown: 問題点 and 備考 always; a reason only when its count asks for it
 * or it already has text (so nothing typed is ever hidden).
 */
export function textVisible(draft: SessionDraft, field: CountTextField): boolean {
  if (!blank(draft[field])) return true;
  switch (field) {
    case 'photoShortfallExplanation':
      return draft.photosTakenOnSite + draft.photosBrought < applicationsOf(draft);
    case 'photoExceptionsOtherText':
      return draft.photoExceptionsOther > 0;
    case 'notTakenReason':
      return draft.notTaken > 0;
    default:
      return true;
  }
}

/** The counts as the API stores them: blank texts left out (saved as empty). */
function countsOf(draft: SessionDraft): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of COUNT_FIELDS) out[f] = draft[f];
  for (const f of COUNT_TEXT_FIELDS) if (!blank(draft[f])) out[f] = draft[f];
  return out;
}

/**
 * The messages beside the fields of one held session, live: the schema's (a count above 9999, a phone number in
 * a note) and the cross-checks of checkSessionCounts (face-auth cards above the applications, a missing reason…),
 * the same rules the API applies on submission.
 */
export function liveErrors(draft: SessionDraft): Record<string, string> {
  const parsed = sessionCountsSchema.safeParse(countsOf(draft));
  if (parsed.success) return checkSessionCounts(parsed.data, { status: 'held' });
  const schemaErrors = issuesToFieldErrors(parsed.error.issues);
  // The cross-checks still run, on the numbers as far as they are numbers, so both kinds show at once.
  const sane = { ...sessionCountsSchema.parse({}), ...countsOf(draft) } as SessionCounts;
  for (const f of COUNT_FIELDS) if (!Number.isInteger(sane[f]) || sane[f] < 0) sane[f] = 0;
  return { ...checkSessionCounts(sane, { status: 'held' }), ...schemaErrors };
}

export interface DraftBody {
  specialNotes?: string;
  sessions: Array<Record<string, unknown> & { id: string }>;
}

/** The PUT /api/daily-reports/:id body: the held sessions' counts and the special notes. */
export function draftBody(specialNotes: string, drafts: readonly SessionDraft[]): DraftBody {
  return {
    ...(blank(specialNotes) ? {} : { specialNotes }),
    sessions: drafts.map((d) => ({ id: d.id, ...countsOf(d) })),
  };
}

/**
 * Whether the API would take the body as a draft: cross-check findings are fine (a draft may be incomplete),
 * shape errors are not (the whole PUT would be refused), so the autosave waits until they are fixed.
 */
export function isSavable(body: DraftBody): boolean {
  return dailyReportDraftSchema.safeParse(body).success;
}

/** The message beside 特記事項, from the schema (length, personal data). */
export function specialNotesError(specialNotes: string): string | undefined {
  if (blank(specialNotes)) return undefined;
  const parsed = dailyReportDraftSchema.shape.specialNotes.safeParse(specialNotes);
  return parsed.success ? undefined : parsed.error.issues[0]?.message;
}

/**
 * The API's 422 after 提出 (`sessions.0.faceAuthCards`, `photos`, …), split per session id (index in the held
 * sessions sent) and the rest.
 */
export function splitApiErrors(errors: Record<string, string>, sessionIds: readonly string[]): { bySession: Record<string, Record<string, string>>; other: Record<string, string> } {
  const bySession: Record<string, Record<string, string>> = {};
  const other: Record<string, string> = {};
  for (const [key, message] of Object.entries(errors)) {
    const m = /^sessions\.(\d+)\.(.+)$/.exec(key);
    const id = m ? sessionIds[Number(m[1])] : undefined;
    if (m && id) (bySession[id] ??= {})[m[2]] = message;
    else other[key] = message;
  }
  return { bySession, other };
}

/** A reason the report cannot be submitted yet, as a translation key and its arguments. */
export type Blocker = [key: string, options?: Record<string, unknown>];

/** Why 提出 is disabled, in the order a user fixes things; empty when it may be submitted. */
export function submitBlockers(input: {
  sessions: ReadonlyArray<{ draft: SessionDraft; label: string }>;
  photos: ReadonlyArray<Pick<PhotoView, 'confirmedNoPersonalData'>>;
  specialNotes: string;
}): Blocker[] {
  const out: Blocker[] = [];
  if (input.sessions.length === 0) out.push(['app.dailyReports.blockers.noSessions']);
  for (const { draft, label } of input.sessions) {
    const count = Object.keys(liveErrors(draft)).length;
    if (count > 0) out.push(['app.dailyReports.blockers.session', { session: label, count }]);
  }
  if (specialNotesError(input.specialNotes)) out.push(['app.dailyReports.blockers.specialNotes']);
  const unconfirmed = input.photos.filter((p) => !p.confirmedNoPersonalData).length;
  if (unconfirmed > 0) out.push(['app.dailyReports.blockers.photos', { count: unconfirmed }]);
  return out;
}

/**
 * The applicant register's checks (issue 19 item 2): where the session has a register, each count that differs from
 * it is a message beside the field, as the API refuses 提出 with them.
 */
export function registerErrors(draft: SessionDraft, register: RegisterCounts | undefined): Record<string, string> {
  return register ? registerChecks(draft, register) : {};
}

/** The counts to set so that a session's report agrees with its register. */
export function countsFromRegister(register: RegisterCounts): Array<[RegisterCountField, number]> {
  return REGISTER_COUNT_FIELDS.map((f) => [f, register[f]]);
}
