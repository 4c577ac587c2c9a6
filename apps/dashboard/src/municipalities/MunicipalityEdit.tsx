import { Edit } from 'react-admin';
import { MunicipalityForm } from './MunicipalityForm';

/** Pessimistic, so that the API's field errors land next to the inputs. */
export function MunicipalityEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <MunicipalityForm />
    </Edit>
  );
}
