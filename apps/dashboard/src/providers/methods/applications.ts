import type { ApplicationFields, ApplicationInput, ApplicationView, SessionRegisterView } from '@outreach/domain/applications';
import type { Identifier } from 'ra-core';
import { apiFetch, recordUrl } from '../http';

const inProgram = (programId: Identifier, suffix: string) => recordUrl('programs', programId, suffix);

/** 申請台帳 (issue 19): a session's register, filing an application (with its Idempotency-Key) and correcting one. */
export const applicationMethods = {
  sessionRegister: async (programId: Identifier, sessionId: Identifier) =>
    (await apiFetch<SessionRegisterView>(inProgram(programId, `/sessions/${encodeURIComponent(String(sessionId))}/register`))).json,
  fileApplication: async (programId: Identifier, sessionId: Identifier, body: ApplicationInput, key: string) =>
    (await apiFetch<ApplicationView>(inProgram(programId, `/sessions/${encodeURIComponent(String(sessionId))}/applications`), { method: 'POST', body, headers: { 'Idempotency-Key': key } })).json,
  updateApplication: async (programId: Identifier, id: Identifier, body: ApplicationFields) =>
    (await apiFetch<ApplicationView>(inProgram(programId, `/applications/${encodeURIComponent(String(id))}`), { method: 'PUT', body })).json,
};
