import type { CoordinationUpdate, CoordinationView } from '@outreach/domain/facilities';
import type { Identifier } from 'ra-core';
import { apiFetch, recordUrl } from '../http';

/** 施設との調整 (003 §9(2)) of a facility booking: read by everyone on its program, kept by the vendor. */
export const facilityMethods = {
  coordination: async (bookingId: Identifier) => (await apiFetch<CoordinationView>(recordUrl('bookings', bookingId, '/coordination'))).json,
  saveCoordination: async (bookingId: Identifier, body: CoordinationUpdate) => (await apiFetch<CoordinationView>(recordUrl('bookings', bookingId, '/coordination'), { method: 'PUT', body })).json,
};
