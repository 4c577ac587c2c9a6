import { Suspense } from 'react';
import { Loading } from 'react-admin';
import { lazyView } from '../common/lazyView';

export const TeamsPage = lazyView(() => import('./TeamsPage'), 'TeamsPage');
const Itinerary = lazyView(() => import('./ItineraryPage'), 'ItineraryPage');

/** 訪問行程表 has no layout (a printable sheet), so it shows its own loading while its code arrives. */
export function ItineraryPage() {
  return (
    <Suspense fallback={<Loading />}>
      <Itinerary />
    </Suspense>
  );
}
