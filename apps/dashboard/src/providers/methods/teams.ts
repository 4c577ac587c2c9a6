import type { TeamAssignBody, TeamListView } from '@outreach/domain/teams';
import type { Identifier } from 'ra-core';
import { apiFetch, recordUrl } from '../http';

const teams = (programId: Identifier, query = '') => recordUrl('programs', programId, `/teams${query}`);

/** チーム: the visit half-days and their teams; the manager assigns one. */
export const teamMethods = {
  teams: async (programId: Identifier, range: { from?: string; to?: string } = {}) => {
    const q = new URLSearchParams(Object.entries(range).filter((e): e is [string, string] => !!e[1]));
    return (await apiFetch<TeamListView>(teams(programId, q.size ? `?${q}` : ''))).json;
  },
  assignTeam: async (programId: Identifier, body: TeamAssignBody) => (await apiFetch<TeamListView>(teams(programId), { method: 'PUT', body })).json,
};
