import { homeBookingSchema, personalDataPurposeEnded, travelMatrixSchema } from './booking-api.schema.js';

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
