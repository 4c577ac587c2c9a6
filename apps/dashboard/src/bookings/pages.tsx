import { lazy, Suspense } from 'react';
import { Loading } from 'react-admin';

/*
 * The booking screens load when first opened, not with the dashboard (the initial JS budget in vite.config.ts):
 * react-admin's layout shows its Loading meanwhile; the slip, which has no layout, shows its own.
 */
export const BookingDesk = lazy(() => import('./BookingDesk').then((m) => ({ default: m.BookingDesk })));
export const BookingList = lazy(() => import('./BookingList').then((m) => ({ default: m.BookingList })));
export const BookingShow = lazy(() => import('./BookingShow').then((m) => ({ default: m.BookingShow })));
export const BookingSettingsPage = lazy(() => import('./BookingSettings').then((m) => ({ default: m.BookingSettingsPage })));
const Slip = lazy(() => import('./ReceptionSlip').then((m) => ({ default: m.ReceptionSlipPage })));

export function ReceptionSlipPage() {
  return (
    <Suspense fallback={<Loading />}>
      <Slip />
    </Suspense>
  );
}
