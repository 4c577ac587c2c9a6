import type { HandlingActorView } from '@outreach/domain/handling-records';
import { API, apiFetch } from '../http';

/** 取扱記録: who acted in the rows one may read (the list's 操作者 filter). */
export const handlingRecordMethods = {
  handlingActors: async () => (await apiFetch<HandlingActorView[]>(`${API}/handling-records/actors`)).json,
};
