import { Show, SimpleShowLayout, TextField } from 'react-admin';

export function MunicipalityShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="code" />
        <TextField source="prefecture" />
        <TextField source="name" />
      </SimpleShowLayout>
    </Show>
  );
}
