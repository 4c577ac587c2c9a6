import type { ApplicationInput, RegisterCandidateView } from '@outreach/domain/applications';
import { IDENTITY_DOCUMENTS } from '@outreach/domain/bookings';

/**
 * The register's entry form, without a browser: what a booked or listed applicant's form starts from, and the body
 * it sends. Staff confirm what the booking or the list said and add the 申請書ID, the photo and any exception.
 */
export type RegisterDraft = ApplicationInput;

const EMPTY: Omit<RegisterDraft, 'source' | 'bookingId' | 'sourceIndex'> = {
  applicationFormId: '',
  name: '',
  kana: '',
  dateOfBirth: '',
  sex: null,
  address: '',
  applicationType: 'new',
  identityDocuments: [],
  photoSource: 'taken_on_site',
  photoException: null,
  photoExceptionReason: null,
  proxyWriting: false,
  proxyConsentBy: null,
  receiptMethod: 'limited_delivery_mail',
  faceAuthCard: false,
};

/** A booked applicant's or a list row's form: its prefill over the defaults. */
export function draftFromCandidate(candidate: RegisterCandidateView): RegisterDraft {
  const prefill = Object.fromEntries(Object.entries(candidate.prefill).filter(([, v]) => v !== undefined));
  return { ...EMPTY, ...prefill, source: candidate.source, bookingId: candidate.bookingId, sourceIndex: candidate.sourceIndex };
}

/** A walk-in's empty form (a venue session). */
export function walkInDraft(): RegisterDraft {
  return { ...EMPTY, source: 'walk_in', bookingId: null, sourceIndex: null };
}

/** The body to send: the exception's reason only with an exception, whose consent only with proxy writing. */
export function registerBody(d: RegisterDraft): RegisterDraft {
  return {
    ...d,
    photoException: d.photoSource === 'taken_on_site' ? d.photoException : null,
    photoExceptionReason: d.photoException && d.photoSource === 'taken_on_site' ? d.photoExceptionReason : null,
    proxyConsentBy: d.proxyWriting ? d.proxyConsentBy : null,
  };
}

/** The documents' Japanese names, as the form shows what the booking said the applicant would bring. */
export function documentLabels(ids: readonly string[]): string[] {
  return ids.map((id) => IDENTITY_DOCUMENTS.find((d) => d.id === id)?.label ?? id);
}
