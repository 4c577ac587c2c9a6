import { Box, Button, Card, CardContent } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FieldErrors } from '@outreach/domain/common';
import type { ProgramSummary } from '@outreach/domain/programs';
import { useState } from 'react';
import { Title, useNotify } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { RequireProgram } from '../common/RequireProgram';
import { useScreenWords } from '../common/useScreenWords';
import { useAppDataProvider } from '../providers/dataProvider';
import { errorMessage, fieldErrorsOf } from '../providers/http';
import { EMPTY_FACILITY_FORM, type FacilityFormValues } from './facilityForm';
import { FacilityFields } from './FacilityFields';

/** A facility recorded ahead of its request (a facility the city named, a facility known from an earlier year). */
export function FacilityCreatePage() {
  return <RequireProgram>{(program) => <FacilityCreate key={program.id} program={program} />}</RequireProgram>;
}

function FacilityCreate({ program }: { program: ProgramSummary }) {
  const { t } = useScreenWords('app.facilityRecords');
  const dataProvider = useAppDataProvider();
  const notify = useNotify();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<FacilityFormValues>(EMPTY_FACILITY_FORM);
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
  return (
    <Card variant="outlined" sx={{ mt: 2 }}>
      <Title title={t('create')} />
      <CardContent component="form" onSubmit={(e) => (e.preventDefault(), save.mutate())} sx={{ display: 'grid', gap: 1.5, maxWidth: '40rem' }}>
        <FacilityFields form={form} setForm={setForm} errors={errors} />
        <Box>
          <Button type="submit" variant="contained" disabled={save.isPending}>
            {t('save')}
          </Button>
        </Box>
      </CardContent>
    </Card>
  );
}
