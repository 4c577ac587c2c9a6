import { Create } from 'react-admin';
import { MunicipalityForm } from './MunicipalityForm';

export function MunicipalityCreate() {
  return (
    <Create redirect="show">
      <MunicipalityForm />
    </Create>
  );
}
