import type { SlotOffer } from '@outreach/domain/bookings';
import { excludedText, keepSelection, offerKey, offerText, visitText } from './offers';

const offer = (date: string, positions: string[], label = '14:00頃'): SlotOffer =>
  ({ date, half: positions[0].startsWith('AM') ? 'am' : 'pm', position: positions[0], positions, window: { start: '14:00', end: null, label }, matchesWishes: true, warnings: [] }) as SlotOffer;

describe('offers as the operator reads them', () => {
  it('says the date, the half-day and the time', () => {
    expect(offerText(offer('2026-12-08', ['PM1']))).toBe('12月8日(火) 午後 14:00頃');
    expect(visitText('2026-12-08', 'pm', '14:00頃')).toBe('令和8年12月8日(火) 午後 14:00頃');
    expect(excludedText({ date: '2026-12-22', half: 'pm', reason: 'この時間帯は満枠です', overridable: false })).toBe('12月22日(火) 午後: この時間帯は満枠です');
    expect(excludedText({ date: '2026-11-24', half: 'pm', position: 'PM1', reason: '受付から14日以上先の日付のみ予約できます', overridable: true })).toBe(
      '11月24日(火) 午後1件目: 受付から14日以上先の日付のみ予約できます',
    );
  });

  it('keeps the selected offer when the list changes, else selects the first', () => {
    const list = [offer('2026-12-08', ['PM1']), offer('2026-12-08', ['AM1'])];
    expect(keepSelection(list, offerKey(list[1]))).toBe(1);
    expect(keepSelection(list, '2026-12-09:PM1')).toBe(0);
    expect(keepSelection([], undefined)).toBe(0);
  });
});
