import fc from 'fast-check';
import { addDays } from '../common/dates.js';
import { validateApplicantRows } from './applicant-list.js';
import { APPLICANT_LIST_SHARE_MESSAGES as M, applicantListDeletionRule, applicantListShareOpensOn, applicantListShareProblem, applicantRowCells } from './applicant-list-state.js';

const confirmed = { status: 'confirmed', visitDate: '2026-10-20' };
const committed = { state: 'committed' as const };

describe('applicant list sharing and deletion', () => {
  it('opens sharing a week before the visit; earlier only with a reason', () => {
    expect(applicantListShareOpensOn('2026-10-20')).toBe('2026-10-13');
    expect(applicantListShareProblem(committed, confirmed, '2026-10-13', null)).toBeNull();
    expect(applicantListShareProblem(committed, confirmed, '2026-10-19', null)).toBeNull();
    expect(applicantListShareProblem(committed, confirmed, '2026-10-12', null)).toBe(M.tooEarly('2026-10-13'));
    expect(applicantListShareProblem(committed, confirmed, '2026-10-01', '市が申請書の準備を早めたいため')).toBeNull();
  });

  it('shares only a committed, undeleted, unshared list of a confirmed visit', () => {
    expect(applicantListShareProblem({ state: 'none' }, confirmed, '2026-10-15', null)).toBe(M.notCommitted);
    expect(applicantListShareProblem({ state: 'deleted' }, confirmed, '2026-10-15', null)).toBe(M.deleted);
    expect(applicantListShareProblem({ state: 'shared' }, confirmed, '2026-10-15', null)).toBe(M.alreadyShared);
    expect(applicantListShareProblem(committed, { status: 'tentative', visitDate: null }, '2026-10-15', 'x')).toBe(M.notConfirmed);
  });

  it('ends the purpose at the visit, or when the booking is called off', () => {
    expect(applicantListDeletionRule({ status: 'confirmed' })).toBeNull();
    expect(applicantListDeletionRule({ status: 'tentative' })).toBeNull();
    expect(applicantListDeletionRule({ status: 'visited' })).toBe('visited');
    expect(applicantListDeletionRule({ status: 'cancelled' })).toBe('cancelled');
    expect(applicantListDeletionRule({ status: 'no_show' })).toBe('cancelled');
  });

  it('gives the city back the words the facility picked', () => {
    const cells = { no: 1, name: '小樽　一郎', kana: 'オタル　イチロウ', dateOfBirth: '昭和15年4月1日', gender: '男', address: '小樽市見本町1', applicationType: '更新', identityDocuments: '旧マイナンバーカード（更新）', proxyWriting: '要', photoException: '', faceAuthCard: '希望しない', cardDelivery: '施設', note: '' };
    const { rows, errors } = validateApplicantRows([{ row: 3, cells }], '2026-06-17');
    expect(errors).toEqual([]);
    expect(applicantRowCells(rows[0])).toEqual({ ...cells, dateOfBirth: '1940-04-01', photoException: null, note: null });
  });
});

describe('applicant list sharing (properties)', () => {
  const day = fc.integer({ min: 0, max: 800 }).map((n) => addDays('2026-01-01', n));
  it('needs a reason exactly before the week before the visit, whatever the dates', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -30, max: 60 }), (visitDate, daysAhead) => {
        const today = addDays(visitDate, -daysAhead);
        const withoutReason = applicantListShareProblem(committed, { status: 'confirmed', visitDate }, today, null);
        expect(withoutReason === null).toBe(daysAhead <= 7);
        expect(applicantListShareProblem(committed, { status: 'confirmed', visitDate }, today, '理由')).toBeNull();
      }),
    );
  });
});
