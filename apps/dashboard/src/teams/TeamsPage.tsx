import { Alert, Box, Button, Card, CardContent, Checkbox, Chip, FormControl, FormControlLabel, FormGroup, FormHelperText, FormLabel, Radio, RadioGroup, TextField, Typography } from '@mui/material';
import type { DateKey } from '@outreach/domain/common';
import type { ProgramSummary } from '@outreach/domain/programs';
import type { TeamListView, TeamSlotView } from '@outreach/domain/teams';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, Loading, Title, useNotify, useTranslate } from 'react-admin';
import { formatDate } from '../common/dates';
import { RequireProgram } from '../common/RequireProgram';
import { QUERY_ONCE, useAppDataProvider } from '../providers/dataProvider';
import { errorMessage, fieldErrorsOf } from '../providers/http';
import { useMe } from '../providers/me';
import { itineraryPath, teamBody, teamFormOf, type TeamFormState, toggleStaff } from './teamForm';
import { TeamVisitsText } from './TeamVisitsText';
import { useScopedT } from '../common/useScopedT';

function useTeamsT() {
  return useScopedT('teams');
}

/** チーム編成 of the current program: each half-day with visits (booked or not), its team, and (for the manager) the form. */
export function TeamsPage() {
  return <RequireProgram>{(program) => <Teams key={program.id} program={program} />}</RequireProgram>;
}

function Teams({ program }: { program: ProgramSummary }) {
  const t = useTeamsT();
  const translate = useTranslate();
  const dataProvider = useAppDataProvider();
  const { me } = useMe();
  const manager = !!me?.permissions.includes('team.assign');
  const [from, setFrom] = useState<DateKey | ''>('');
  const key = ['programs', program.id, 'teams', from];
  const list = useQuery({ queryKey: key, queryFn: () => dataProvider.teams(program.id, { from: from || undefined }), ...QUERY_ONCE });
  return (
    <Box sx={{ mt: 2, display: 'grid', gap: 2, minWidth: 0 }}>
      <Title title={t('title')} />
      <Typography variant="body2" color="text.secondary">
        {manager ? t('hint') : t('hintStaff')}
      </Typography>
      <TextField
        id="teams-from"
        type="date"
        size="small"
        label={t('from')}
        value={from || list.data?.from || ''}
        onChange={(e) => setFrom(e.target.value as DateKey)}
        slotProps={{ inputLabel: { shrink: true } }}
        sx={{ justifySelf: 'start' }}
      />
      {list.error ? <Alert severity="error">{translate(errorMessage(list.error))}</Alert> : null}
      {list.isPending ? <Loading /> : null}
      {list.data && list.data.slots.length === 0 && <Typography color="text.secondary">{t('empty')}</Typography>}
      <Box component="ul" data-testid="team-slots" sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1.5, gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 24rem), 1fr))' }}>
        {list.data?.slots.map((slot) => (
          <TeamCard key={`${slot.date}-${slot.half}`} slot={slot} list={list.data} manager={manager} programId={program.id} queryKey={key} />
        ))}
      </Box>
    </Box>
  );
}

function TeamCard({ slot, list, manager, programId, queryKey }: { slot: TeamSlotView; list: TeamListView; manager: boolean; programId: string; queryKey: unknown[] }) {
  const t = useTeamsT();
  const notify = useNotify();
  const dataProvider = useAppDataProvider();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<TeamFormState | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: (state: TeamFormState) => dataProvider.assignTeam(programId, teamBody(slot, state)),
    onSuccess: () => {
      notify('app.teams.saved', { type: 'success' });
      setForm(null);
      void queryClient.invalidateQueries({ queryKey });
    },
    onError: (e) => {
      const fields = fieldErrorsOf(e);
      if (fields && Object.keys(fields).length) setErrors(fields);
      else notify(errorMessage(e), { type: 'error' });
    },
  });
  const headingId = `team-${slot.date}-${slot.half}`;
  const names = new Map(list.candidates.map((c) => [c.userId, c.name]));
  return (
    <Card component="li" variant="outlined" aria-labelledby={headingId} data-testid="team-slot" sx={{ borderColor: slot.state === 'complete' ? undefined : 'warning.main' }}>
      <CardContent sx={{ display: 'grid', gap: 0.75 }}>
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography id={headingId} component="h2" sx={{ fontWeight: 700 }}>
            {`${formatDate(slot.date)} ${t(`halves.${slot.half}`)}`}
          </Typography>
          <Chip size="small" color={slot.state === 'complete' ? 'success' : 'warning'} label={t(`states.${slot.state}`)} data-testid="team-state" />
          <TeamVisitsText slot={slot} />
        </Box>
        {slot.cityStaffRequired && <Typography variant="body2" color="text.secondary">{t('cityStaffRequired')}</Typography>}
        {slot.staff.length === 0 ? (
          <Typography variant="body2" color="text.secondary">{t('noStaff')}</Typography>
        ) : (
          <Typography variant="body2" data-testid="team-members">
            {slot.staff.map((m) => (m.lead ? `${m.name ?? '—'}（${t('lead')}）` : (m.name ?? '—'))).join('、')}
          </Typography>
        )}
        {slot.cityStaff.length > 0 && <Typography variant="body2">{`${t('cityStaff')}: ${slot.cityStaff.join('、')}`}</Typography>}
        {slot.problems.map((p) => (
          <Typography key={p.field + p.message} variant="body2" color="warning.dark">
            {p.message}
          </Typography>
        ))}
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
          {slot.state !== 'none' && (
            <Button component={Link} to={itineraryPath(slot)} size="small" variant="outlined">
              {t('itinerary')}
            </Button>
          )}
          {manager && !form && (
            <Button size="small" variant="contained" onClick={() => (setErrors({}), setForm(teamFormOf(slot)))}>
              {t('assign')}
            </Button>
          )}
        </Box>
        {form && (
          <Box
            component="form"
            noValidate
            sx={{ display: 'grid', gap: 1.5 }}
            onSubmit={(e) => {
              e.preventDefault();
              save.mutate(form);
            }}
          >
            <FormControl error={!!errors.staffIds} component="fieldset">
              <FormLabel component="legend">{t('staff')}</FormLabel>
              <FormGroup>
                {list.candidates.map((c) => (
                  <FormControlLabel key={c.userId} control={<Checkbox checked={form.staffIds.includes(c.userId)} onChange={() => setForm(toggleStaff(form, c.userId))} />} label={c.name} />
                ))}
              </FormGroup>
              {errors.staffIds && <FormHelperText>{errors.staffIds}</FormHelperText>}
            </FormControl>
            <FormControl error={!!errors.leadId} component="fieldset">
              <FormLabel component="legend">{t('lead')}</FormLabel>
              <RadioGroup value={form.leadId ?? ''} onChange={(e) => setForm({ ...form, leadId: e.target.value })}>
                {form.staffIds.map((id) => (
                  <FormControlLabel key={id} value={id} control={<Radio />} label={names.get(id) ?? slot.staff.find((m) => m.userId === id)?.name ?? '—'} />
                ))}
              </RadioGroup>
              {errors.leadId && <FormHelperText>{errors.leadId}</FormHelperText>}
            </FormControl>
            <TextField
              id={`team-city-${slot.date}-${slot.half}`}
              size="small"
              multiline
              label={t('cityStaff')}
              value={form.cityStaffText}
              onChange={(e) => setForm({ ...form, cityStaffText: e.target.value })}
              error={!!errors.cityStaff}
              helperText={errors.cityStaff ?? t('cityStaffHelp')}
            />
            <Box sx={{ display: 'flex', gap: 1 }}>
              <Button type="submit" size="small" variant="contained" disabled={save.isPending}>
                {t('save')}
              </Button>
              <Button size="small" onClick={() => setForm(null)}>
                {t('cancel')}
              </Button>
            </Box>
          </Box>
        )}
      </CardContent>
    </Card>
  );
}
