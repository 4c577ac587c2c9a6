import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, FormControl, FormControlLabel, FormLabel, Radio, RadioGroup, Stack, TextField } from '@mui/material';
import { formatMonthDayWithWeekday, type VisitDayKind } from '@outreach/domain';
import { useId, useState } from 'react';
import { useTranslate } from 'react-admin';
import { programsApi } from './api';
import type { CalendarDay } from './calendar';
import { serviceKindLabel } from './labels';
import type { Program } from './program';
import { errorMessage, useApiAction } from './useApi';

const KINDS: VisitDayKind[] = ['home_visit', 'facility_visit'];

/**
 * One day of the calendar: add a visit day on a free working day, or change the kind of a visit day, move it or
 * remove it. The API decides (holidays, the weekly maximum, days with bookings) and its message is shown here.
 */
export function VisitDayDialog({ program, day, onClose, onChanged }: { program: Program; day: CalendarDay; onClose: () => void; onChanged: () => void }) {
  const translate = useTranslate();
  const run = useApiAction();
  const visit = day.visitDay;
  const [kind, setKind] = useState<VisitDayKind>(visit?.kind ?? 'home_visit');
  const [date, setDate] = useState(day.date);
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);
  const titleId = useId();
  const t = (key: string, options?: Record<string, unknown>) => translate(`resources.programs.calendar.${key}`, options);
  const dateText = formatMonthDayWithWeekday(day.date);

  const submit = async (call: () => Promise<unknown>, success: string) => {
    setPending(true);
    setError(undefined);
    const failure = await run(call, { success, notifyError: false });
    setPending(false);
    if (failure) setError(translate(errorMessage(failure)));
    else onChanged();
  };

  const add = () => submit(() => programsApi.addVisitDay(program.id, { date: day.date, kind }), 'resources.programs.calendar.added');
  const save = () => submit(() => programsApi.updateVisitDay(program.id, visit!.id, { date, kind }), 'resources.programs.calendar.updated');
  const remove = () => submit(() => programsApi.removeVisitDay(program.id, visit!.id), 'resources.programs.calendar.removed');
  const unchanged = visit !== undefined && kind === visit.kind && date === visit.date;

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="xs">
      <DialogTitle id={titleId}>{visit ? t('editTitle', { date: dateText }) : t('addTitle', { date: dateText })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {visit && visit.bookings > 0 && <Alert severity="warning">{t('bookedWarning', { count: visit.bookings })}</Alert>}
          <FormControl>
            <FormLabel id={`${titleId}-kind`}>{t('kind')}</FormLabel>
            <RadioGroup aria-labelledby={`${titleId}-kind`} value={kind} onChange={(event) => setKind(event.target.value as VisitDayKind)}>
              {KINDS.map((k) => (
                <FormControlLabel key={k} value={k} control={<Radio />} label={serviceKindLabel(translate, k)} />
              ))}
            </RadioGroup>
          </FormControl>
          {visit && (
            <TextField
              type="date"
              label={t('moveTo')}
              value={date}
              onChange={(event) => setDate(event.target.value)}
              slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: program.periodStart, max: program.periodEnd } }}
            />
          )}
          {error && (
            <Alert severity="error" role="alert">
              {error}
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        {visit && (
          <Button color="error" onClick={remove} disabled={pending} sx={{ mr: 'auto' }}>
            {t('remove')}
          </Button>
        )}
        <Button onClick={onClose}>{t('close')}</Button>
        {visit ? (
          <Button variant="contained" onClick={save} disabled={pending || unchanged}>
            {t('save')}
          </Button>
        ) : (
          <Button variant="contained" onClick={add} disabled={pending}>
            {t('add')}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
