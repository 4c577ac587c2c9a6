/** Test data factories: obviously fictional people and requests. */
import { guidanceChecklist } from '@outreach/domain/bookings';
import type { ApplicationType } from '@outreach/domain/sessions';

/** A fictional caller and applicant, as an operator would type them. */
export function intake(over: Record<string, unknown> = {}, applicant: Record<string, unknown> = {}) {
  return {
    caller: { relation: 'self' },
    applicants: [
      {
        name: '架空 太郎',
        kana: 'カクウ タロウ',
        address: '北海道小樽市架空町9丁目9番（架空）',
        dateOfBirth: '1941-04-01',
        phone: '0134-99-9999',
        outingDifficulty: '車いす利用のため外出が難しい',
        applicationType: 'renewal',
        identityDocuments: ['my_number_card'],
        condition: { photoPossible: true, canWrite: true, caregiverPresent: false },
        ...applicant,
      },
    ],
    wishes: { weekdays: [2], halves: ['pm'] },
    parking: 'available',
    district: '中央地区',
    ...over,
  };
}


/**
 * POST /bookings for a home visit as the desk sends it once the operator has read out every guidance item the
 * applicants' types require (an Otaru-like program: on-site acceptance) — a booking is confirmed only so.
 */
export function homeBooking(body: { applicants: ReadonlyArray<{ applicationType?: unknown }> }, choice: { date: string; half: string; positions: readonly string[] }, extra: Record<string, unknown> = {}) {
  const types = body.applicants.map((a) => a.applicationType as ApplicationType);
  const guidanceGiven = guidanceChecklist(types, { method: 'on_site_acceptance' }).map((g) => g.id);
  return { type: 'home', intake: body, choice, guidanceGiven, ...extra };
}
