import { Alert, Box, Button, Card, CardContent } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FieldErrors } from '@outreach/domain/common';
import type { FacilityView } from '@outreach/domain/facilities';
import type { ProgramSummary } from '@outreach/domain/programs';
import { useState } from 'react';
import { Loading, Title, useNotify } from 'react-admin';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { RequireProgram } from '../common/RequireProgram';
import { useScreenWords } from '../common/useScreenWords';
import { QUERY_ONCE, useAppDataProvider } from '../providers/dataProvider';
import { errorMessage, fieldErrorsOf } from '../providers/http';
import { facilityFormChanges, facilityFormValues, type FacilityFormValues } from './facilityForm';
import { FacilityFields } from './FacilityFields';

/**
 * 施設の編集: a facility's name, type, address, district, contact person and phone, expected residents and note.
 * Opening it reads the contact person (recorded by the API as on the facility's page); saving sends only what
 * changed (recorded as facility.update), each refusal shown beside its input.
 */
export function FacilityEditPage() {
  const { id = '' } = useParams();
  return <RequireProgram>{(program) => <FacilityEditLoader key={`${program.id}-${id}`} program={program} id={id} />}</RequireProgram>;
}

function FacilityEditLoader({ program, id }: { program: ProgramSummary; id: string }) {
  const { translate } = useScreenWords('app.facilityRecords');
  const dataProvider = useAppDataProvider();
  const loaded = useQuery({ queryKey: ['programs', program.id, 'facilities', id], queryFn: () => dataProvider.facility(program.id, id), ...QUERY_ONCE });
  if (loaded.error) return <Alert severity="error" sx={{ mt: 2 }}>{translate(errorMessage(loaded.error))}</Alert>;
  if (!loaded.data) return <Loading />;
  return <FacilityEdit program={program} facility={loaded.data} />;
}

function FacilityEdit({ program, facility }: { program: ProgramSummary; facility: FacilityView }) {
  const { t } = useScreenWords('app.facilityRecords');
  const dataProvider = useAppDataProvider();
  const notify = useNotify();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [initial] = useState<FacilityFormValues>(() => facilityFormValues(facility));
  const [form, setForm] = useState<FacilityFormValues>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const showPage = `/facilities/${facility.id}/show`;
  const save = useMutation({
    mutationFn: (body: Parameters<typeof dataProvider.updateFacility>[2]) => dataProvider.updateFacility(program.id, facility.id, body),
    onSuccess: (saved) => {
      queryClient.setQueryData(['programs', program.id, 'facilities', facility.id], saved);
      void queryClient.invalidateQueries({ queryKey: ['programs', program.id, 'facilities'], exact: true });
      notify('app.facilityRecords.updated', { type: 'success' });
      void navigate(showPage);
    },
    onError: (e) => {
      setErrors(fieldErrorsOf(e) ?? {});
      notify(errorMessage(e), { type: 'error' });
    },
  });
  const submit = () => {
    const { body, errors: found } = facilityFormChanges(initial, form);
    setErrors(found);
    if (Object.keys(found).length > 0) return notify('app.facilityRecords.fixErrors', { type: 'error' });
    if (Object.keys(body).length === 0) return void navigate(showPage);
    save.mutate(body);
  };
  const contactHidden = facility.contactName === null && facility.contactPhone === null;
  return (
    <Card variant="outlined" sx={{ mt: 2 }}>
      <Title title={t('editTitle', { name: facility.name })} />
      <CardContent component="form" noValidate onSubmit={(e) => (e.preventDefault(), submit())} sx={{ display: 'grid', gap: 1.5, maxWidth: '40rem' }}>
        <FacilityFields form={form} setForm={setForm} errors={errors} contactHint={contactHidden ? t('contactEditHint') : t('contactSealed')} />
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
          <Button type="submit" variant="contained" disabled={save.isPending}>
            {t('update')}
          </Button>
          <Button component={Link} to={showPage}>
            {t('cancel')}
          </Button>
        </Box>
      </CardContent>
    </Card>
  );
}
