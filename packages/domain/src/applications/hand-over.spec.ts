import fc from 'fast-check';
import { addDays } from '../common/dates.js';
import { HAND_OVER_FOLLOW_UP_DAYS } from '../programs/program.schema.js';
import {
  applicationsToHandOver,
  HAND_OVER_HEADERS,
  HAND_OVER_MESSAGES,
  handOverDeletionDue,
  handOverFollowUpEnded,
  handOverRangeSchema,
  shapeHandOverList,
} from './hand-over.js';

const errorsOf = (r: { error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) => Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('handOverRangeSchema', () => {
  it('takes a day or up to a week, and says which field to change otherwise', () => {
    expect(handOverRangeSchema.parse({ from: '2026-09-01', to: '2026-09-01' })).toEqual({ from: '2026-09-01', to: '2026-09-01' });
    expect(handOverRangeSchema.safeParse({ from: '2026-09-01', to: '2026-09-07' }).success).toBe(true);
    expect(errorsOf(handOverRangeSchema.safeParse({ from: '2026-09-01', to: '2026-09-08' }))).toEqual({ to: HAND_OVER_MESSAGES.span });
    expect(errorsOf(handOverRangeSchema.safeParse({ from: '2026-09-02', to: '2026-09-01' }))).toEqual({ to: HAND_OVER_MESSAGES.order });
  });
});

describe(applicationsToHandOver.name, () => {
  const row = (id: string, date: string, batch: string | null = null, deleted = false) => ({ id, date, handOverBatchId: batch, personalDataDeleted: deleted });

  it('takes the range’s applications in no batch yet whose personal fields are held', () => {
    const rows = [row('a', '2026-09-01'), row('b', '2026-09-03', 'batch-1'), row('c', '2026-09-04', null, true), row('d', '2026-09-08'), row('e', '2026-09-07')];
    expect(applicationsToHandOver(rows, { from: '2026-09-01', to: '2026-09-07' }).map((a) => a.id)).toEqual(['a', 'e']);
  });

  it('never puts an application in two batches, however the ranges overlap', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 30 }), fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 6 })), { maxLength: 8 }), (days, ranges) => {
        const rows = days.map((d, i) => row(`a${i}`, addDays('2026-09-01', d)));
        const seen = new Map<string, number>();
        ranges.forEach(([start, span], b) => {
          for (const a of applicationsToHandOver(rows, { from: addDays('2026-09-01', start), to: addDays('2026-09-01', start + span) })) {
            seen.set(a.id, (seen.get(a.id) ?? 0) + 1);
            a.handOverBatchId = `b${b}`;
          }
        });
        expect([...seen.values()].every((n) => n === 1)).toBe(true);
      }),
    );
  });
});

describe('the follow-up period after a hand-over', () => {
  it('keeps the personal fields through the follow-up period and deletes them the day after', () => {
    expect(HAND_OVER_FOLLOW_UP_DAYS).toBe(90);
    expect(handOverDeletionDue('2026-09-08', 90)).toBe('2026-12-07');
    expect(handOverFollowUpEnded('2026-09-08', 90, '2026-12-07')).toBe(false);
    expect(handOverFollowUpEnded('2026-09-08', 90, '2026-12-08')).toBe(true);
  });
});

describe(shapeHandOverList.name, () => {
  it('lists each application with Japanese headings and the date of birth in 和暦', () => {
    const spec = shapeHandOverList({
      context: { municipalityName: '小樽市', programTitle: '出張申請', vendorNames: ['架空受託'], eraStyle: 'seireki', createdOn: '2026-09-08' },
      batch: { number: 2, from: '2026-09-01', to: '2026-09-07', handedOverDate: '2026-09-08' },
      rows: [
        {
          date: '2026-09-01',
          source: 'booking',
          applicationType: 'new',
          photoSource: 'taken_on_site',
          photoException: 'bedridden',
          proxyWriting: true,
          receiptMethod: 'limited_delivery_mail',
          faceAuthCard: false,
          personal: { applicationFormId: '12345678901234567890123', name: '見本 久作', kana: 'ミホン キュウサク', dateOfBirth: '1941-04-01', sex: 'male', address: '小樽市', identityDocuments: [], photoExceptionReason: 'ベッド上で撮影' },
        },
      ],
    });
    const rows = spec.sheets[0].rows;
    expect(rows[0].cells[0].value).toBe('申請者一覧（第2回引渡し）');
    const header = rows.find((r) => r.style === 'header')!;
    expect(header.cells.map((c) => c.value)).toEqual([...HAND_OVER_HEADERS]);
    const data = rows.find((r) => r.style === 'data')!.cells.map((c) => c.value);
    expect(data.slice(0, 9)).toEqual([1, '12345678901234567890123', '見本 久作', 'ミホン キュウサク', '昭和16年4月1日', '男', '小樽市', '新規', '本人限定受取郵便']);
    expect(data.slice(9)).toEqual(['現地撮影', '寝たきり', 'ベッド上で撮影', 'あり', '', '令和8年9月1日', '予約']);
  });
});
