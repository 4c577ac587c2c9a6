import { Suspense } from 'react';
import { lazyView } from '../common/lazyView';
import { Loading } from 'react-admin';

/*
 * The booking screens load when first opened, not with the dashboard (the initial JS budget in vite.config.ts):
 * react-admin's layout shows its Loading meanwhile; the slip, which has no layout, shows its own.
 */
export const BookingDesk = lazyView(() => import('./BookingDesk'), 'BookingDesk');
export const BookingList = lazyView(() => import('./BookingList'), 'BookingList');
export const BookingShow = lazyView(() => import('./BookingShow'), 'BookingShow');
export const BookingSettingsPage = lazyView(() => import('./BookingSettings'), 'BookingSettingsPage');
const Slip = lazyView(() => import('./ReceptionSlip'), 'ReceptionSlipPage');

export function ReceptionSlipPage() {
  return (
    <Suspense fallback={<Loading />}>
      <Slip />
    </Suspense>
  );
}
