import { Alert } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ProgramScopedCreate } from '../common/ProgramScopedCreate';
import { IncidentForm } from './IncidentForm';
import { incidentInputOf } from './incidentForm';
import { serverNow } from '../common/serverClock';

/** A new incident of the current program, found now by default; the city sees it at once. */
export function IncidentCreate() {
  const translate = useTranslate();
  return (
    <>
      <Alert severity="warning" sx={{ mt: 2 }}>
        {translate('app.incidents.hint')}
      </Alert>
      <ProgramScopedCreate
        resource="incidents"
        redirect="show"
        defaults={() => {
          const now = serverNow().toISOString();
          return { occurredAt: now, discoveredAt: now, residentsAffected: 1, status: 'reported' };
        }}
        toInput={(data) => incidentInputOf(data)}
      >
        {() => <IncidentForm />}
      </ProgramScopedCreate>
    </>
  );
}
