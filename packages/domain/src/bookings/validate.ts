import type { BookingCheck, CheckBookingInput } from './booking.schema.js';
import { evaluateSlot, isOccupied, planRequest, prepare } from './rules.js';
import type { SlotPosition } from './slots.js';
import { slotKey } from './slots.js';

/**
 * Re-checks the slot an operator picked, inside the API's transaction, right before the slot rows are inserted
 * (the UNIQUE key on the slot rows then settles a race between two operators). Same decision as findSlots:
 * both go through evaluateSlot, so a slot is offered exactly when it is accepted here.
 */
export function checkBooking(input: CheckBookingInput): BookingCheck {
  const p = prepare(input);
  const { date, half, positions } = input.choice;
  const verdict = evaluateSlot(p, planRequest(input.rules, input.request), input.request, date, half);
  if (!verdict.ok) return { ok: false, reason: verdict.reason, overridable: verdict.overridable };
  if (!samePositions(verdict.positions, positions)) {
    // Someone took the slot since it was offered, or the client sent positions that were never offered.
    const taken = positions.some((pos) => isOccupied(p, date, pos));
    return {
      ok: false,
      reason: taken ? 'この枠は既に予約されています' : `この時間帯で予約できる枠は${verdict.positions.join('・')}です`,
      overridable: false,
    };
  }
  return { ok: true, occupiedKeys: verdict.positions.map((pos) => slotKey(date, pos)), warnings: verdict.warnings };
}

function samePositions(a: readonly SlotPosition[], b: readonly SlotPosition[]): boolean {
  const set = new Set(b);
  return a.length === set.size && a.every((pos) => set.has(pos));
}
