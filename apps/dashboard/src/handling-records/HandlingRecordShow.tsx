import { handlingActorName, type HandlingRecordView } from '@outreach/domain/handling-records';
import { FunctionField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { roleChoices } from '../common/choices';
import { JstDateTimeField } from '../common/JstDateTimeField';
import { ActionField } from './ActionField';
import { HandlingRecordTitle } from './HandlingRecordTitle';

export function HandlingRecordShow() {
  return (
    <Show title={<HandlingRecordTitle />}>
      <SimpleShowLayout>
        <JstDateTimeField source="occurredAt" />
        <FunctionField source="userName" render={(r: HandlingRecordView) => handlingActorName(r)} />
        <TextField source="organizationName" />
        <SelectField source="role" choices={roleChoices} />
        <ActionField source="action" />
        <TextField source="resourceType" />
        <TextField source="target" emptyText="—" />
        <TextField source="resourceId" />
        <TextField source="programId" />
        <TextField source="ip" />
        <TextField source="reason" />
      </SimpleShowLayout>
    </Show>
  );
}
