import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, FormControl, FormControlLabel, FormLabel, Radio, RadioGroup, Stack, TextField } from '@mui/material';
import type { VisitDayKind } from '@outreach/domain/programs';
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { useAppDataProvider } from '../providers/dataProvider';
import { errorMessage } from '../providers/http';
import type { CalendarDay } from './calendar';
import { serviceKindLabel } from './labels';
import type { ProgramView } from '@outreach/domain/programs';
import { formatMonthDay } from '../common/dates';

const KINDS: VisitDayKind[] = ['home_visit', 'facility_visit'];

/**
 * One day of the calendar: add a visit day on a free working day, or change the kind of a visit day, move it or
 * remove it. The API decides (holidays, the weekly maximum, days with bookings) and its message is shown here.
 */
export function VisitDayDialog({ program, day, onClose, onChanged }: { program: ProgramView; day: CalendarDay; onClose: () => void; onChanged: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useAppDataProvider();
  const visit = day.visitDay;
  const [kind, setKind] = useState<VisitDayKind>(visit?.kind ?? 'home_visit');
  const [date, setDate] = useState(day.date);
  const titleId = useId();
  const t = (key: string, options?: Record<string, unknown>) => translate(`resources.programs.calendar.${key}`, options);
  const dateText = formatMonthDay(day.date);

  // The API's refusal is shown in the dialog, beside what was asked.
  const change = useMutation({
    mutationFn: ({ call }: { call: () => Promise<unknown>; success: string }) => call(),
    onSuccess: (_data, { success }) => {
      notify(success, { type: 'success' });
      onChanged();
    },
  });
  const pending = change.isPending;
  const error = change.error ? translate(errorMessage(change.error)) : undefined;
  const submit = (call: () => Promise<unknown>, success: string) => change.mutate({ call, success });

  const add = () => submit(() => dataProvider.addVisitDay(program.id, { date: day.date, kind }), 'resources.programs.calendar.added');
  const save = () => submit(() => dataProvider.updateVisitDay(program.id, visit!.id, { date, kind }), 'resources.programs.calendar.updated');
  const remove = () => submit(() => dataProvider.removeVisitDay(program.id, visit!.id), 'resources.programs.calendar.removed');
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
              slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: program.periods.visits.start, max: program.periods.visits.end } }}
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
