import { EditButton, ListButton, NumberField, SelectField, Show, SimpleShowLayout, TextField, TopToolbar, useCanAccess } from 'react-admin';
import { IncidentTitle } from './IncidentTitle';
import { JstDateTimeField } from '../common/JstDateTimeField';
import { kindChoices } from './incidentForm';
import { IncidentStatusField } from './IncidentStatusField';

/** One incident in full, for everyone on the program (the city viewer arrives here from the attention list). */
export function IncidentShow() {
  const { canAccess: canEdit = false } = useCanAccess({ resource: 'incidents', action: 'edit' });
  return (
    <Show
      title={<IncidentTitle />}
      actions={
        <TopToolbar>
          <ListButton />
          {canEdit && <EditButton />}
        </TopToolbar>
      }
    >
      <SimpleShowLayout sx={{ '& .RaLabeled-label': { fontWeight: 700 }, '& span': { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } }}>
        <IncidentStatusField source="status" />
        <SelectField source="kind" choices={kindChoices} />
        <JstDateTimeField source="occurredAt" />
        <JstDateTimeField source="discoveredAt" />
        <NumberField source="residentsAffected" />
        <TextField source="summary" />
        <TextField source="actionsTaken" emptyText="—" />
        <TextField source="cityInstructions" emptyText="—" />
        <JstDateTimeField source="resolvedAt" />
        <TextField source="reportedByName" emptyText="—" />
        <JstDateTimeField source="createdAt" />
      </SimpleShowLayout>
    </Show>
  );
}
