import { type ExcludedSlot, halfLabel, positionLabel, type SlotOffer, type SlotPosition } from '@outreach/domain/bookings';
import { formatMonthDay, formatOfficialDate } from '../common/dates';

/** One offer, the same wherever it is listed (the selection survives a refreshed list). */
export function offerKey(o: Pick<SlotOffer, 'date' | 'positions'>): string {
  return `${o.date}:${o.positions.join(',')}`;
}

/** As the operator reads it out: `12月8日(火) 午後 14:00頃`. */
export function offerText(o: Pick<SlotOffer, 'date' | 'half' | 'window'>): string {
  return `${formatMonthDay(o.date)} ${halfLabel(o.half)} ${o.window.label}`;
}

/** The visit as the slip and the confirmation write it: `令和8年12月8日(火) 午後 14:00頃`. */
export function visitText(date: string | null, half: string | null, window: string | null): string {
  if (!date) return '';
  const weekday = formatMonthDay(date).replace(/^.*(\(.\))$/, '$1');
  const h = half === 'am' || half === 'pm' || half === 'both' ? ` ${halfLabel(half)}` : '';
  return `${formatOfficialDate(date)}${weekday}${h}${window ? ` ${window}` : ''}`;
}

/** Why a wished slot is not offered, in grey beside the wishes: `12月8日(火) 午後1件目: この時間帯は満枠です`. */
export function excludedText(e: ExcludedSlot): string {
  const when = e.position ? positionLabel(e.position as SlotPosition) : e.half === 'both' ? '' : halfLabel(e.half);
  return `${formatMonthDay(e.date)}${when ? ` ${when}` : ''}: ${e.reason}`;
}

/** The offer to keep selected when the list changes: the same slot if still offered, else the first. */
export function keepSelection(offers: readonly SlotOffer[], previousKey: string | undefined): number {
  const i = previousKey === undefined ? -1 : offers.findIndex((o) => offerKey(o) === previousKey);
  return i < 0 ? 0 : i;
}
