import fc from 'fast-check';
import { APPLICATION_TYPES } from '../sessions/application-type.js';
import { applicationsTotal } from '../sessions/application-type.js';
import { checkSessionCounts, sessionCountsSchema } from '../sessions/session.schema.js';
import { type RegisterRow, registerCounts, registerMismatches } from './register.js';

const row: fc.Arbitrary<RegisterRow> = fc
  .record({
    applicationType: fc.constantFrom(...APPLICATION_TYPES),
    photoSource: fc.constantFrom('taken_on_site' as const, 'brought' as const),
    exception: fc.constantFrom(null, 'medical' as const, 'disability' as const, 'bedridden' as const, 'other' as const),
    proxyWriting: fc.boolean(),
    receiptMethod: fc.constantFrom('limited_delivery_mail' as const, 'office_at_issue' as const, 'office_at_application' as const, 'facility' as const),
    faceAuthCard: fc.boolean(),
  })
  .map(({ exception, ...r }) => ({ ...r, photoException: r.photoSource === 'taken_on_site' ? exception : null }));

describe('registerCounts (properties)', () => {
  it('counts each row once as an application and once as a photo', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), (rows) => {
        const counts = registerCounts(rows);
        expect(applicationsTotal(counts)).toBe(rows.length);
        expect(counts.photosTakenOnSite + counts.photosBrought).toBe(rows.length);
      }),
    );
  });

  it('gives counts the daily report accepts as they are (no cross-field error but the other exception’s text)', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 60 }), (rows) => {
        const counts = sessionCountsSchema.parse({ ...registerCounts(rows), photoExceptionsOtherText: 'その他' });
        expect(checkSessionCounts(counts, { status: 'held' })).toEqual({});
      }),
    );
  });

  it('does not depend on the order of the rows, and agrees with itself', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        const counts = registerCounts(rows);
        expect(registerCounts([...rows].reverse())).toEqual(counts);
        expect(registerMismatches(counts, counts)).toEqual([]);
      }),
    );
  });
});
