import { type ScopedT, useScopedT } from '../common/useScopedT';

/** translate() under app.bookings.* */
export function useBookingT(): ScopedT {
  return useScopedT('bookings');
}
