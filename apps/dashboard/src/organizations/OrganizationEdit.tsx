import { Edit } from 'react-admin';
import { OrganizationForm } from './OrganizationForm';

/** Pessimistic, so that the API's field errors land next to the inputs. */
export function OrganizationEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <OrganizationForm />
    </Edit>
  );
}
