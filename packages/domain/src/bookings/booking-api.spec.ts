import { homeBookingSchema, personalDataDeletionOverdue, personalDataDeletionRule, personalDataPurposeEnded, travelMatrixSchema } from './booking-api.schema.js';

describe(personalDataPurposeEnded.name, () => {
  const base = { kind: 'home', status: 'visited', sharedWithCityAt: null as string | null, updatedDate: '2026-07-01' };
  it('keeps a visited home booking until its slip was shared with the city', () => {
    expect(personalDataPurposeEnded(base, '2026-07-02')).toBe(false);
    expect(personalDataPurposeEnded({ ...base, sharedWithCityAt: '2026-06-23T01:00:00Z' }, '2026-07-02')).toBe(true);
    expect(personalDataPurposeEnded({ ...base, kind: 'facility' }, '2026-07-02')).toBe(true);
  });
  it('keeps cancelled bookings for 30 days, and never deletes open ones', () => {
    expect(personalDataPurposeEnded({ ...base, status: 'cancelled' }, '2026-07-30')).toBe(false);
    expect(personalDataPurposeEnded({ ...base, status: 'cancelled' }, '2026-07-31')).toBe(true);
    expect(personalDataPurposeEnded({ ...base, status: 'confirmed', sharedWithCityAt: '2026-06-23T01:00:00Z' }, '2027-01-01')).toBe(false);
  });
});

describe(personalDataDeletionRule.name, () => {
  const base = { kind: 'home', status: 'visited', sharedWithCityAt: '2026-06-23T01:00:00Z' as string | null, updatedDate: '2026-07-01' };
  it('names the rule the ledger shows', () => {
    expect(personalDataDeletionRule(base, '2026-07-02')).toBe('visited_shared');
    expect(personalDataDeletionRule({ ...base, kind: 'facility', sharedWithCityAt: null }, '2026-07-02')).toBe('facility_visited');
    expect(personalDataDeletionRule({ ...base, status: 'no_show' }, '2026-07-31')).toBe('closed_retention');
    expect(personalDataDeletionRule({ ...base, sharedWithCityAt: null }, '2026-07-31')).toBeNull();
  });
});

describe(personalDataDeletionOverdue.name, () => {
  const visited = { kind: 'home', status: 'visited', sharedWithCityDate: '2026-06-23', visitFinishedDate: '2026-07-01', updatedDate: '2026-07-01', deleted: false };
  it('is overdue 7 days after the later of the visit and the share, and never once deleted or before the purpose ended', () => {
    expect(personalDataDeletionOverdue(visited, '2026-07-08')).toBeNull();
    expect(personalDataDeletionOverdue(visited, '2026-07-09')).toBe('2026-07-08');
    expect(personalDataDeletionOverdue({ ...visited, sharedWithCityDate: '2026-07-05' }, '2026-07-12')).toBeNull();
    expect(personalDataDeletionOverdue({ ...visited, sharedWithCityDate: '2026-07-05' }, '2026-07-13')).toBe('2026-07-12');
    expect(personalDataDeletionOverdue({ ...visited, sharedWithCityDate: null }, '2027-01-01')).toBeNull();
    expect(personalDataDeletionOverdue({ ...visited, deleted: true }, '2027-01-01')).toBeNull();
    expect(personalDataDeletionOverdue({ ...visited, status: 'cancelled', visitFinishedDate: null }, '2026-08-08')).toBe('2026-08-07');
    expect(personalDataDeletionOverdue({ ...visited, status: 'confirmed' }, '2027-01-01')).toBeNull();
  });

  it('takes the program\'s limit in days (the setting personalDataDeletionLimitDays)', () => {
    expect(personalDataDeletionOverdue(visited, '2026-07-03', 1)).toBe('2026-07-02');
    expect(personalDataDeletionOverdue(visited, '2026-07-02', 1)).toBeNull();
    expect(personalDataDeletionOverdue(visited, '2026-07-31', 30)).toBeNull();
    expect(personalDataDeletionOverdue(visited, '2026-08-01', 30)).toBe('2026-07-31');
  });
});

describe('booking bodies', () => {
  it('refuses an asymmetric travel matrix, naming both directions', () => {
    const r = travelMatrixSchema.safeParse({ districts: ['中央', '銭函'], minutes: { 中央: { 銭函: 25 }, 銭函: { 中央: 30 } } });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].message).toContain('一致しません');
  });
  it('needs an intake and a chosen slot for a home booking', () => {
    const r = homeBookingSchema.safeParse({ type: 'home', choice: { date: '2026-07-01', half: 'am', positions: [] } });
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['intake', 'choice.positions']));
  });
});
