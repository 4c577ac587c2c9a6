import type { SlotRequest } from '@outreach/domain/bookings';
import type { DateKey } from '@outreach/domain/common';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { QUERY_ONCE, useAppDataProvider } from '../providers/dataProvider';

const DEBOUNCE_MS = 250;

type Overrides = { leadTime?: boolean; pmThirdTravel?: boolean; reason: string };

/**
 * The slot finder's search (dataProvider.slotSearch through react-query), run again a moment after every change
 * of the request (kind, plannedApplications, district, wishes). The last answer stays up while the next one loads, and an
 * answer to an older request never replaces a newer one. `receivedOn`: a request taken earlier (a facility's, being
 * confirmed) keeps the lead time from its call.
 */
export function useSlotSearch(programId: string | undefined, request: SlotRequest | undefined, version = 0, overrides?: Overrides, receivedOn?: DateKey) {
  const dataProvider = useAppDataProvider();
  const key = programId && request ? JSON.stringify([programId, request, version, overrides ?? null, receivedOn ?? null]) : undefined;
  const [settled, setSettled] = useState(key);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(key), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [key]);

  const query = useQuery({
    queryKey: ['slot-search', settled],
    queryFn: () => {
      const [id, wishes, , exception, received] = JSON.parse(settled!) as [string, SlotRequest, number, Overrides | null, DateKey | null];
      return dataProvider.slotSearch(id, wishes, exception ?? undefined, received ?? undefined);
    },
    enabled: settled !== undefined,
    placeholderData: keepPreviousData,
    ...QUERY_ONCE,
  });

  return { result: query.data, error: query.error ?? undefined, pending: key !== undefined && (settled !== key || query.isFetching) };
}
