import type { ItineraryView, TeamAssignBody, TeamListView } from '@outreach/domain/teams';
import type { Identifier } from 'ra-core';
import { apiFetch, recordUrl } from '../http';

const teams = (programId: Identifier, query = '') => recordUrl('programs', programId, `/teams${query}`);

/** チーム: the visit half-days and their teams; the manager assigns one. */
export const teamMethods = {
  teams: async (programId: Identifier, range: { from?: string; to?: string } = {}) => {
    const q = new URLSearchParams(Object.entries(range).filter((e): e is [string, string] => !!e[1]));
    return (await apiFetch<TeamListView>(teams(programId, q.size ? `?${q}` : ''))).json;
  },
  /** 訪問行程表 of a half-day (the API records each opening). */
  itinerary: async (programId: Identifier, slot: { date: string; half: 'am' | 'pm' }) => (await apiFetch<ItineraryView>(recordUrl('programs', programId, `/itinerary?${new URLSearchParams(slot)}`))).json,
  assignTeam: async (programId: Identifier, body: TeamAssignBody) => (await apiFetch<TeamListView>(teams(programId), { method: 'PUT', body })).json,
};
