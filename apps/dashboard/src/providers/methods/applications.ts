import type { ApplicationFields, ApplicationInput, ApplicationView, SessionRegisterView } from '@outreach/domain/applications';
import type { Identifier } from 'ra-core';
import { apiFetch, recordUrl, uploadForm } from '../http';

const inProgram = (programId: Identifier, suffix: string) => recordUrl('programs', programId, suffix);

/** 申請台帳 (issue 19): a session's register, filing an application (with its Idempotency-Key) and correcting one. */
export const applicationMethods = {
  sessionRegister: async (programId: Identifier, sessionId: Identifier) =>
    (await apiFetch<SessionRegisterView>(inProgram(programId, `/sessions/${encodeURIComponent(String(sessionId))}/register`))).json,
  fileApplication: async (programId: Identifier, sessionId: Identifier, body: ApplicationInput, key: string) =>
    (await apiFetch<ApplicationView>(inProgram(programId, `/sessions/${encodeURIComponent(String(sessionId))}/applications`), { method: 'POST', body, headers: { 'Idempotency-Key': key } })).json,
  /** One application (a defect's: whom to call); the API records the opening of its personal fields. */
  application: async (programId: Identifier, id: Identifier) => (await apiFetch<ApplicationView>(inProgram(programId, `/applications/${encodeURIComponent(String(id))}`))).json,
  /** Finds applications by name, kana or 申請書ID: the term in the body, never in a URL. */
  searchApplications: async (programId: Identifier, q: string) => (await apiFetch<ApplicationView[]>(inProgram(programId, '/applications/search'), { method: 'POST', body: { q } })).json,
  /** Attaches (or replaces) an application's face photo (multipart `file`); the API checks, seals and records it. */
  attachFacePhoto: async (programId: Identifier, id: Identifier, file: File) => {
    const form = new FormData();
    form.append('file', file);
    return uploadForm<ApplicationView>(inProgram(programId, `/applications/${encodeURIComponent(String(id))}/face-photo`), form, () => undefined, {}, 'PUT');
  },
  updateApplication: async (programId: Identifier, id: Identifier, body: ApplicationFields) =>
    (await apiFetch<ApplicationView>(inProgram(programId, `/applications/${encodeURIComponent(String(id))}`), { method: 'PUT', body })).json,
};

/** An application's face photo (or its thumbnail) as an image source: same origin, the cookie goes along; each view is recorded. */
export const facePhotoUrl = (programId: Identifier, id: Identifier, variant: 'full' | 'thumb' = 'thumb') =>
  inProgram(programId, `/applications/${encodeURIComponent(String(id))}/face-photo${variant === 'thumb' ? '/thumbnail' : ''}`);
