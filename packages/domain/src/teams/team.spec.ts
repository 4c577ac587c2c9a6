import fc from 'fast-check';
import { MIN_TEAM_STAFF, bookingHalves, sessionHalves, teamVisits, visitHalfDays, visitKindCounts, teamAssignSchema, teamFieldErrors, teamNeeds, teamProblems } from './team.js';

const A = '6f1c1f3e-3b7a-4c55-9a8e-2f1d4c3b2a10';
const B = '7a2d2f4e-4c8b-4d66-8b9f-3e2e5d4c3b21';
const C = '8b3e3a5f-5d9c-4e77-9caf-4f3f6e5d4c32';

describe(teamProblems.name, () => {
  const none = { cityStaff: false };

  it('accepts two staff with one of them the on-site lead', () => {
    expect(teamProblems({ staffIds: [A, B], leadId: A, cityStaff: [] }, none)).toEqual([]);
  });

  it('asks for a second staff member, a lead, and a lead who is on the team — each on its field, in Japanese', () => {
    expect(teamProblems({ staffIds: [A], leadId: null, cityStaff: [] }, none)).toEqual([
      { field: 'staffIds', message: '訪問にはスタッフを2名以上割り当ててください' },
      { field: 'leadId', message: '現場責任者を1名選んでください' },
    ]);
    expect(teamProblems({ staffIds: [A, B], leadId: C, cityStaff: [] }, none)).toEqual([{ field: 'leadId', message: '現場責任者はチームのスタッフから選んでください' }]);
    expect(teamProblems({ staffIds: [A, A], leadId: A, cityStaff: [] }, none)).toEqual([{ field: 'staffIds', message: '同じスタッフが重複しています' }]);
  });

  it('asks for the accompanying city staff where the visit is taken as 出張申請受付 (申請時来庁)', () => {
    const needs = { cityStaff: true };
    expect(teamProblems({ staffIds: [A, B], leadId: B, cityStaff: [] }, needs)).toEqual([{ field: 'cityStaff', message: '申請時来庁方式の訪問です。同行する市職員を入力してください' }]);
    expect(teamProblems({ staffIds: [A, B], leadId: B, cityStaff: ['  '] }, needs)).toHaveLength(1);
    expect(teamProblems({ staffIds: [A, B], leadId: B, cityStaff: ['小樽 一郎'] }, needs)).toEqual([]);
  });

  it('has no problem exactly when there are enough distinct staff, the lead among them, and city staff where needed (property)', () => {
    const ids = fc.constantFrom(A, B, C);
    fc.assert(
      fc.property(fc.array(ids, { maxLength: 4 }), fc.option(ids, { nil: null }), fc.array(fc.constantFrom('', '小樽 一郎', '小樽 花子'), { maxLength: 2 }), fc.boolean(), (staffIds, leadId, cityStaff, needCity) => {
        const problems = teamProblems({ staffIds, leadId, cityStaff }, { cityStaff: needCity });
        const named = cityStaff.filter(Boolean);
        const complete =
          new Set(staffIds).size === staffIds.length && staffIds.length >= MIN_TEAM_STAFF && leadId !== null && staffIds.includes(leadId) && (!needCity || named.length > 0) && new Set(named).size === named.length;
        expect(problems.length === 0).toBe(complete);
        for (const p of problems) expect(p.message).toMatch(/[ぁ-んァ-ヶ一-龠]/);
      }),
    );
  });
});

describe(teamNeeds.name, () => {
  it('asks for city staff where a booking of the half-day is of a service taken as 出張申請受付', () => {
    const methods = { home_visit: 'on_site_acceptance', facility_visit: 'application_support' } as const;
    expect(teamNeeds(methods, ['home_visit'])).toEqual({ cityStaff: true });
    expect(teamNeeds(methods, ['facility_visit'])).toEqual({ cityStaff: false });
    expect(teamNeeds(methods, [])).toEqual({ cityStaff: false });
  });
});

describe(teamFieldErrors.name, () => {
  it('keeps the first message per field', () => {
    expect(teamFieldErrors([{ field: 'cityStaff', message: 'a' }, { field: 'cityStaff', message: 'b' }])).toEqual({ cityStaff: 'a' });
  });
});

describe('teamAssignSchema', () => {
  it('defaults the lead and the city staff, and names a malformed id in Japanese', () => {
    expect(teamAssignSchema.parse({ staffIds: [A, B] })).toEqual({ staffIds: [A, B], leadId: null, cityStaff: [] });
    expect(teamAssignSchema.safeParse({ staffIds: ['x'] }).error?.issues[0].message).toBe('スタッフを選んでください');
  });
});

describe(bookingHalves.name, () => {
  it('puts a whole-day booking in both halves', () => {
    expect(bookingHalves('both')).toEqual(['am', 'pm']);
    expect(bookingHalves('pm')).toEqual(['pm']);
    expect(bookingHalves(null)).toEqual([]);
  });
});

describe(sessionHalves.name, () => {
  it('puts a visit recorded without a booking in the half-days its times cover', () => {
    expect(sessionHalves('10:00', null)).toEqual(['am']);
    expect(sessionHalves('10:00', '11:30')).toEqual(['am']);
    expect(sessionHalves('14:00', null)).toEqual(['pm']);
    expect(sessionHalves('12:00', '13:00')).toEqual(['pm']);
    expect(sessionHalves('11:00', '15:00')).toEqual(['am', 'pm']);
    expect(sessionHalves(null, null)).toEqual(['am']);
  });
});

describe(visitHalfDays.name, () => {
  it('groups a booked home visit, a whole-day facility booking and a venue stand by half-day, in the order of the days', () => {
    const visits = teamVisits(
      [
        { visitDate: '2026-12-10', half: 'am', kind: 'home' },
        { visitDate: '2026-12-08', half: 'both', kind: 'facility' },
        { visitDate: null, half: null, kind: 'facility' },
      ],
      [{ date: '2026-12-10', startTime: '11:00', endTime: '15:00', serviceKind: 'venue_event' }],
    );
    expect(visitHalfDays(visits).map((h) => [h.date, h.half, h.visits.map((v) => v.serviceKind)])).toEqual([
      ['2026-12-08', 'am', ['facility_visit']],
      ['2026-12-08', 'pm', ['facility_visit']],
      ['2026-12-10', 'am', ['home_visit', 'venue_event']],
      ['2026-12-10', 'pm', ['venue_event']],
    ]);
  });
});

describe(visitKindCounts.name, () => {
  it('counts the visits by service kind in the kinds\' order, leaving out kinds without one', () => {
    const kinds = ['venue_event', 'home_visit', 'home_visit', 'venue_event', 'home_visit'] as const;
    expect(visitKindCounts(kinds.map((serviceKind) => ({ serviceKind })))).toEqual([
      { serviceKind: 'home_visit', count: 3 },
      { serviceKind: 'venue_event', count: 2 },
    ]);
    expect(visitKindCounts([])).toEqual([]);
  });

  it('adds up to the visits, whatever their kinds', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('home_visit', 'facility_visit', 'venue_event' as const)), (kinds) => {
        const counts = visitKindCounts(kinds.map((serviceKind) => ({ serviceKind })));
        expect(counts.reduce((sum, k) => sum + k.count, 0)).toBe(kinds.length);
        expect(counts.every((k) => k.count > 0)).toBe(true);
      }),
    );
  });
});
