import { PessimisticEdit } from '../common/PessimisticEdit';
import { IncidentForm } from './IncidentForm';
import { IncidentTitle } from './IncidentTitle';
import { incidentInputOf } from './incidentForm';

/** Updates an incident as it is handled; pessimistic, so the API's field errors land beside their inputs. */
export function IncidentEdit() {
  return (
    <PessimisticEdit title={<IncidentTitle />} redirect="show" transform={(data: Record<string, unknown>) => incidentInputOf(data)}>
      <IncidentForm />
    </PessimisticEdit>
  );
}
