import { Box, Button, Card, CardContent, MenuItem, TextField } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FieldErrors } from '@outreach/domain/common';
import { FACILITY_TYPE_LABELS_JA, FACILITY_TYPES, type FacilityType } from '@outreach/domain/facilities';
import type { ProgramSummary } from '@outreach/domain/programs';
import { useState } from 'react';
import { Title, useNotify } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { RequireProgram } from '../common/RequireProgram';
import { useScreenWords } from '../common/useScreenWords';
import { useAppDataProvider } from '../providers/dataProvider';
import { errorMessage, fieldErrorsOf } from '../providers/http';

/** A facility recorded ahead of its request (a facility the city named, a facility known from an earlier year). */
export function FacilityCreatePage() {
  return <RequireProgram>{(program) => <FacilityCreate key={program.id} program={program} />}</RequireProgram>;
}

type TextKey = 'name' | 'address' | 'district' | 'contactName' | 'contactPhone' | 'expectedResidents' | 'note';

function FacilityCreate({ program }: { program: ProgramSummary }) {
  const { translate, t } = useScreenWords('app.facilityRecords');
  const dataProvider = useAppDataProvider();
  const notify = useNotify();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<Record<TextKey, string> & { type: FacilityType | '' }>({ name: '', type: '', address: '', district: '', contactName: '', contactPhone: '', expectedResidents: '', note: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const orNull = (s: string) => (s.trim() === '' ? null : s);
  const save = useMutation({
    mutationFn: () =>
      dataProvider.createFacility(program.id, {
        name: form.name,
        type: form.type || undefined,
        address: form.address,
        district: orNull(form.district),
        contactName: orNull(form.contactName),
        contactPhone: orNull(form.contactPhone),
        expectedResidents: form.expectedResidents.trim() === '' ? null : Number(form.expectedResidents.normalize('NFKC')),
        note: orNull(form.note),
      }),
    onSuccess: (f) => {
      notify('app.facilityRecords.created', { type: 'success' });
      void queryClient.invalidateQueries({ queryKey: ['programs', program.id, 'facilities'] });
      void navigate(`/facilities/${f.id}/show`);
    },
    onError: (e) => {
      setErrors(fieldErrorsOf(e) ?? {});
      notify(errorMessage(e), { type: 'error' });
    },
  });
  const field = (key: TextKey, extra: object = {}) => (
    <TextField
      size="small"
      label={translate(`resources.facilities.fields.${key}`)}
      value={form[key]}
      onChange={(e) => setForm((f) => ({ ...f, [key]: e.target.value }))}
      error={!!errors[key]}
      helperText={errors[key]}
      autoComplete="off"
      {...extra}
    />
  );
  return (
    <Card variant="outlined" sx={{ mt: 2 }}>
      <Title title={t('create')} />
      <CardContent component="form" onSubmit={(e) => (e.preventDefault(), save.mutate())} sx={{ display: 'grid', gap: 1.5, maxWidth: '40rem' }}>
        {field('name', { required: true })}
        <TextField
          select
          size="small"
          required
          label={translate('resources.facilities.fields.type')}
          value={form.type}
          onChange={(e) => setForm((f) => ({ ...f, type: e.target.value as FacilityType }))}
          error={!!errors.type}
          helperText={errors.type}
        >
          {FACILITY_TYPES.map((type) => (
            <MenuItem key={type} value={type}>
              {FACILITY_TYPE_LABELS_JA[type]}
            </MenuItem>
          ))}
        </TextField>
        {field('address', { required: true })}
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 1.5 }}>
          {field('district')}
          {field('expectedResidents', { slotProps: { htmlInput: { inputMode: 'numeric' } } })}
          {field('contactName')}
          {field('contactPhone', { slotProps: { htmlInput: { inputMode: 'tel' } } })}
        </Box>
        {field('note', { multiline: true, minRows: 2, helperText: errors.note ?? t('noteHint') })}
        <Box>
          <Button type="submit" variant="contained" disabled={save.isPending}>
            {t('save')}
          </Button>
        </Box>
      </CardContent>
    </Card>
  );
}
