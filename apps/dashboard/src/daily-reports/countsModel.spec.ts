import { emptyRegisterCounts } from '@outreach/domain/applications';
import { countsFromRegister, registerErrors } from './countsModel';
import { sessionCountsSchema } from '@outreach/domain/sessions';
import {
  COUNT_FIELDS,
  COUNT_GROUPS,
  COUNT_TEXT_FIELDS,
  draftBody,
  draftOf,
  groupTotal,
  isSavable,
  keyStep,
  liveErrors,
  parseCountText,
  type SessionDraft,
  specialNotesError,
  splitApiErrors,
  stepCount,
  submitBlockers,
  textVisible,
} from './countsModel';
import type { SessionView } from '@outreach/domain/sessions';

const SESSION_ID = '6f1c1f8e-1d2b-4c3a-9a6e-0a1b2c3d4e5f';

function session(counts: Partial<SessionView> = {}): SessionView {
  const zero = Object.fromEntries(COUNT_FIELDS.map((f) => [f, 0]));
  const texts = Object.fromEntries(COUNT_TEXT_FIELDS.map((f) => [f, null]));
  return {
    id: SESSION_ID,
    programId: 'p',
    date: '2026-11-20',
    serviceKind: 'home_visit',
    place: '中央地区',
    method: 'on_site_acceptance',
    startTime: '10:00',
    endTime: null,
    status: 'held',
    applicationsTotal: 0,
    ...zero,
    ...texts,
    ...counts,
  } as SessionView;
}

const draft = (changes: Partial<SessionDraft> = {}): SessionDraft => ({ ...draftOf(session()), ...changes });

describe('COUNT_GROUPS', () => {
  it('shows every field of the shared counts schema exactly once', () => {
    const fields = COUNT_GROUPS.flatMap((g) => [...g.counts, ...g.texts]);
    expect(new Set(fields).size).toBe(fields.length);
    expect([...fields].sort()).toEqual(Object.keys(sessionCountsSchema.shape).sort());
  });

  it('totals the applications group live', () => {
    const applications = COUNT_GROUPS.find((g) => g.key === 'applications')!;
    expect(groupTotal(draft({ applicationsNew: 2, applicationsRenewal: 1, applicationsReissueLost: 1 }), applications)).toBe(4);
  });
});

describe(draftOf.name, () => {
  it('takes the counts as numbers and empty texts as ""', () => {
    const d = draftOf(session({ applicationsNew: 3, note: 'ok' }));
    expect(d.applicationsNew).toBe(3);
    expect(d.note).toBe('ok');
    expect(d.problems).toBe('');
    expect(d.id).toBe(SESSION_ID);
  });
});

describe(stepCount.name, () => {
  it('steps within 0…9999', () => {
    expect(stepCount(2, 1)).toBe(3);
    expect(stepCount(0, -1)).toBe(0);
    expect(stepCount(9999, 1)).toBe(9999);
    expect(stepCount(5, -10)).toBe(0);
  });
});

describe(keyStep.name, () => {
  it('steps with the arrow keys, by ten with Shift, and leaves other keys alone', () => {
    expect(keyStep('ArrowUp', false)).toBe(1);
    expect(keyStep('ArrowDown', false)).toBe(-1);
    expect(keyStep('ArrowUp', true)).toBe(10);
    expect(keyStep('Tab', false)).toBe(0);
    expect(keyStep('5', false)).toBe(0);
  });
});

describe(parseCountText.name, () => {
  it('reads typed digits, full-width ones too, and an empty field as 0', () => {
    expect(parseCountText('12')).toBe(12);
    expect(parseCountText('１２')).toBe(12);
    expect(parseCountText('')).toBe(0);
    expect(parseCountText(' 3 ')).toBe(3);
  });

  it('refuses what is not a whole number', () => {
    expect(parseCountText('-1')).toBeUndefined();
    expect(parseCountText('1.5')).toBeUndefined();
    expect(parseCountText('a')).toBeUndefined();
  });
});

describe(liveErrors.name, () => {
  it('asks for a note when nothing happened at a held session', () => {
    expect(Object.keys(liveErrors(draft()))).toEqual(['note']);
    expect(liveErrors(draft({ note: '不在のため訪問のみ' }))).toEqual({});
  });

  it("puts the domain's cross-checks beside the field to change", () => {
    const errors = liveErrors(draft({ applicationsNew: 2, faceAuthCards: 3, photosTakenOnSite: 2 }));
    expect(errors.faceAuthCards).toBe('顔認証カード（3件）が申請件数（2件）を超えています');
    expect(Object.keys(errors)).toEqual(['faceAuthCards']);
  });

  it('asks for the reason of fewer photos than applications, and of other exceptions', () => {
    const errors = liveErrors(draft({ applicationsNew: 3, photosTakenOnSite: 2, photoExceptionsOther: 1 }));
    expect(Object.keys(errors).sort()).toEqual(['photoExceptionsOtherText', 'photoShortfallExplanation']);
  });

  it("shows the schema's messages (a phone number in a note, a count too large) with the cross-checks", () => {
    const errors = liveErrors(draft({ applicationsNew: 10_000, faceAuthCards: 1, note: '連絡先 090-1234-5678' }));
    expect(errors.applicationsNew).toBe('新規申請は9999以下で入力してください');
    expect(errors.note).toContain('電話番号');
  });
});

describe(textVisible.name, () => {
  it('shows a reason only when its count asks for it or it has text', () => {
    expect(textVisible(draft(), 'notTakenReason')).toBe(false);
    expect(textVisible(draft({ notTaken: 1 }), 'notTakenReason')).toBe(true);
    expect(textVisible(draft({ notTakenReason: '書類不足' }), 'notTakenReason')).toBe(true);
    expect(textVisible(draft({ applicationsNew: 1 }), 'photoShortfallExplanation')).toBe(true);
    expect(textVisible(draft({ applicationsNew: 1, photosBrought: 1 }), 'photoShortfallExplanation')).toBe(false);
    expect(textVisible(draft(), 'note')).toBe(true);
  });
});

describe(draftBody.name, () => {
  it('sends every count and only the texts that have something', () => {
    const body = draftBody('', [draft({ applicationsNew: 2, note: '特になし' })]);
    expect(body.specialNotes).toBeUndefined();
    expect(body.sessions[0]).toMatchObject({ id: SESSION_ID, applicationsNew: 2, note: '特になし' });
    expect(body.sessions[0]).not.toHaveProperty('problems');
    expect(Object.keys(body.sessions[0])).toHaveLength(1 + COUNT_FIELDS.length + 1);
  });

  it('is savable with cross-check findings, not with shape errors', () => {
    expect(isSavable(draftBody('', [draft({ faceAuthCards: 5 })]))).toBe(true);
    expect(isSavable(draftBody('', [draft({ note: '090-1234-5678' })]))).toBe(false);
    expect(isSavable(draftBody('生年月日 昭和20年1月1日', [draft()]))).toBe(false);
  });
});

describe(specialNotesError.name, () => {
  it('checks the special notes like the API', () => {
    expect(specialNotesError('')).toBeUndefined();
    expect(specialNotesError('雪のため30分遅れて開始')).toBeUndefined();
    expect(specialNotesError('x'.repeat(1001))).toBe('1000文字以内で入力してください');
  });
});

describe(splitApiErrors.name, () => {
  it("places the API's session errors on their session and keeps the rest", () => {
    const { bySession, other } = splitApiErrors(
      { 'sessions.1.faceAuthCards': 'A', 'sessions.0.note': 'B', photos: 'C', 'sessions.7.note': 'D' },
      ['s0', 's1'],
    );
    expect(bySession).toEqual({ s1: { faceAuthCards: 'A' }, s0: { note: 'B' } });
    expect(other).toEqual({ photos: 'C', 'sessions.7.note': 'D' });
  });
});

describe(submitBlockers.name, () => {
  const ok = draft({ applicationsNew: 1, photosTakenOnSite: 1 });

  it('lets a complete report go', () => {
    expect(submitBlockers({ sessions: [{ draft: ok, label: 'A' }], photos: [{ confirmedNoPersonalData: true }], specialNotes: '' })).toEqual([]);
  });

  it('says why not: no session, a session with findings, unchecked photos', () => {
    expect(submitBlockers({ sessions: [], photos: [], specialNotes: '' })).toEqual([['app.dailyReports.blockers.noSessions']]);
    expect(
      submitBlockers({
        sessions: [
          { draft: ok, label: 'A' },
          { draft: draft({ faceAuthCards: 2 }), label: 'B' },
        ],
        photos: [{ confirmedNoPersonalData: false }, { confirmedNoPersonalData: true }, { confirmedNoPersonalData: false }],
        specialNotes: '',
      }),
    ).toEqual([
      ['app.dailyReports.blockers.session', { session: 'B', count: 2 }],
      ['app.dailyReports.blockers.photos', { count: 2 }],
    ]);
  });
});

describe('the applicant register in the daily report', () => {
  it('puts the register’s figure beside a count that differs, and gives the counts that make them agree', () => {
    const register = { ...emptyRegisterCounts(), applicationsNew: 2, photosTakenOnSite: 2 };
    const draft = { id: 's1', applicationsNew: 1, photosTakenOnSite: 2 } as unknown as Parameters<typeof registerErrors>[0];
    expect(registerErrors(draft, register)).toEqual({ applicationsNew: '申請台帳では2件です（入力1件）' });
    expect(registerErrors(draft, undefined)).toEqual({});
    expect(countsFromRegister(register)).toContainEqual(['applicationsNew', 2]);
  });
});
