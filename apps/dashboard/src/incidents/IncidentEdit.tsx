import { Edit, ListButton, ShowButton, TopToolbar } from 'react-admin';
import { IncidentForm } from './IncidentForm';
import { IncidentTitle } from './IncidentTitle';
import { incidentInputOf } from './incidentForm';

/** Updates an incident as it is handled; pessimistic, so the API's field errors land beside their inputs. */
export function IncidentEdit() {
  return (
    <Edit
      title={<IncidentTitle />}
      mutationMode="pessimistic"
      redirect="show"
      transform={(data: Record<string, unknown>) => incidentInputOf(data)}
      actions={
        <TopToolbar>
          <ShowButton />
          <ListButton />
        </TopToolbar>
      }
    >
      <IncidentForm />
    </Edit>
  );
}
