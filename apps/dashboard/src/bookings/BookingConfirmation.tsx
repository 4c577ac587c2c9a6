import PrintIcon from '@mui/icons-material/Print';
import { Alert, Box, Button, Card, CardContent, Typography } from '@mui/material';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router-dom';
import type { BookingView } from '@outreach/domain/bookings';
import { visitText } from './offers';
import { useBookingT } from './useBookingT';

/** The end of a call: the reception number and the visit to repeat to the caller, the slip, the next call. */
export function BookingConfirmation({ booking, guidanceLeft, onNext }: { booking: BookingView; guidanceLeft: number; onNext: () => void }) {
  const t = useBookingT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const tentative = booking.status === 'tentative';
  return (
    <Card data-testid="booking-confirmation" role="status" sx={{ borderTop: 4, borderColor: 'success.main' }}>
      <CardContent sx={{ display: 'grid', gap: 1.5 }}>
        <Typography ref={heading} tabIndex={-1} variant="h6" component="h2" sx={{ outline: 'none' }}>
          {tentative ? t('confirmation.tentativeTitle') : t('confirmation.title')}
        </Typography>
        <Box sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 3, rowGap: 1, alignItems: 'baseline' }}>
          <Typography color="text.secondary">{t('fields.receptionNumber')}</Typography>
          <Typography variant="h4" component="p" data-testid="reception-number" sx={{ fontWeight: 700 }}>
            {booking.receptionNumber}
          </Typography>
          {booking.visitDate ? (
            <>
              <Typography color="text.secondary">{t('fields.visit')}</Typography>
              <Typography variant="h6" component="p" data-testid="visit-text">
                {visitText(booking.visitDate, booking.half, booking.window)}
              </Typography>
            </>
          ) : null}
        </Box>
        {tentative && <Alert severity="info">{t('confirmation.tentativeHint')}</Alert>}
        {guidanceLeft > 0 && <Alert severity="warning">{t('confirmation.guidanceLeft', { count: guidanceLeft })}</Alert>}
        <Typography variant="body2" color="text.secondary">
          {tentative ? t('confirmation.tentativeReadBack') : t('confirmation.readBack')}
        </Typography>
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
          <Button variant="contained" startIcon={<PrintIcon />} component={Link} to={`/bookings/${booking.id}/slip`}>
            {tentative ? t('actions.printRequestSlip') : t('actions.printSlip')}
          </Button>
          <Button variant="outlined" component={Link} to={`/bookings/${booking.id}/show`}>
            {t('actions.openBooking')}
          </Button>
          <Button variant="outlined" onClick={onNext}>
            {t('actions.next')}
          </Button>
        </Box>
      </CardContent>
    </Card>
  );
}
