import { useCallback } from 'react';
import { useTranslate } from 'react-admin';

/** translate() under app.bookings.* */
export function useBookingT() {
  const translate = useTranslate();
  return useCallback((key: string, options?: Record<string, unknown>) => translate(`app.bookings.${key}`, options), [translate]);
}
