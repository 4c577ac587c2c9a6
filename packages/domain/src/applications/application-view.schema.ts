import { z } from 'zod';
import { dateKeyView, describes, idView, instantView } from '../common/view.js';
import { identityDocumentIdSchema } from '../bookings/intake.js';
import { applicationTypeSchema } from '../sessions/application-type.js';
import {
  applicationSourceSchema,
  photoExceptionSchema,
  photoSourceSchema,
  proxyConsentBySchema,
  receiptMethodSchema,
  sexSchema,
} from './application.schema.js';
import { REGISTER_COUNT_FIELDS, type RegisterCounts } from './register.js';

/** The sealed fields, opened for those who need them (each opening recorded). */
export const applicationPersonalView = z.object({
  applicationFormId: z.string(),
  name: z.string(),
  kana: z.string(),
  dateOfBirth: dateKeyView,
  sex: sexSchema.nullable(),
  address: z.string(),
  identityDocuments: z.array(identityDocumentIdSchema),
  photoExceptionReason: z.string().nullable(),
});
export type ApplicationPersonalView = z.output<typeof applicationPersonalView>;

export const applicationViewSchema = z.object({
  id: idView,
  programId: idView,
  sessionId: idView,
  /** The session's date (JST), the day the application was taken. */
  date: dateKeyView,
  source: applicationSourceSchema,
  bookingId: idView.nullable(),
  sourceIndex: z.number().int().nullable(),
  applicationType: applicationTypeSchema,
  photoSource: photoSourceSchema,
  photoException: photoExceptionSchema.nullable(),
  proxyWriting: z.boolean(),
  proxyConsentBy: proxyConsentBySchema.nullable(),
  receiptMethod: receiptMethodSchema,
  faceAuthCard: z.boolean(),
  createdAt: instantView,
  updatedAt: instantView,
  /** Null when the personal fields are not shown (the reason says why) or were deleted. */
  personal: applicationPersonalView.nullable(),
  personalDataDeletedAt: instantView.nullable(),
  /** Whether a face photo (顔写真) is attached and not deleted; shown only to those who see the personal fields. */
  facePhoto: z.boolean(),
  /** The hand-over (引渡し) that took it to the city and its date; null until handed over. */
  handOverBatchId: idView.nullable(),
  handedOverDate: dateKeyView.nullable(),
});
export type ApplicationView = z.output<typeof applicationViewSchema>;

/** An applicant the booking or the list names, not yet entered: what the form starts from. */
export const registerCandidateView = z.object({
  source: z.enum(['booking', 'applicant_list']),
  bookingId: idView,
  sourceIndex: z.number().int(),
  prefill: z.object({
    name: z.string().optional(),
    kana: z.string().optional(),
    address: z.string().optional(),
    dateOfBirth: dateKeyView.optional(),
    sex: sexSchema.nullable().optional(),
    applicationType: applicationTypeSchema.optional(),
    identityDocuments: z.array(identityDocumentIdSchema).optional(),
    photoSource: photoSourceSchema.optional(),
    photoException: photoExceptionSchema.nullable().optional(),
    photoExceptionReason: z.string().nullable().optional(),
    proxyWriting: z.boolean().optional(),
    receiptMethod: receiptMethodSchema.optional(),
    faceAuthCard: z.boolean().optional(),
  }),
});
export type RegisterCandidateView = z.output<typeof registerCandidateView>;

export const registerCountsView = describes<RegisterCounts>()(z.object(Object.fromEntries(REGISTER_COUNT_FIELDS.map((f) => [f, z.number().int()])) as Record<(typeof REGISTER_COUNT_FIELDS)[number], z.ZodNumber>));

/** A session's register: its applications, the booked or listed applicants still to enter, and the counts. */
export const sessionRegisterViewSchema = z.object({
  sessionId: idView,
  date: dateKeyView,
  walkInAllowed: z.boolean(),
  applications: z.array(applicationViewSchema),
  candidates: z.array(registerCandidateView),
  counts: registerCountsView,
  /** Why personal fields are hidden for this user (null when shown). */
  personalHiddenReason: z.string().nullable(),
});
export type SessionRegisterView = z.output<typeof sessionRegisterViewSchema>;
