import { handlingActorName, type HandlingRecordView } from '@outreach/domain/handling-records';
import { handlingTargetTypeLabel } from '@outreach/domain/reports';
import { FunctionField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { roleChoices } from '../common/choices';
import { JstDateTimeField } from '../common/JstDateTimeField';
import { ActionField } from './ActionField';
import { HandlingRecordTitle } from './HandlingRecordTitle';
import { TargetField } from './TargetField';

/** One row of the handling record in words, as the §15 report words it: names, never ids. */
export function HandlingRecordShow() {
  return (
    <Show title={<HandlingRecordTitle />}>
      <SimpleShowLayout>
        <JstDateTimeField source="occurredAt" />
        <FunctionField source="userName" render={(r: HandlingRecordView) => handlingActorName(r)} />
        <TextField source="organizationName" emptyText="—" />
        <SelectField source="role" choices={roleChoices} emptyText="—" />
        <ActionField source="action" />
        <FunctionField source="resourceType" render={(r: HandlingRecordView) => handlingTargetTypeLabel(r.resourceType)} />
        <TargetField source="target" />
        <TextField source="programTitle" emptyText="—" />
        <TextField source="ip" emptyText="—" />
        <TextField source="reasonText" emptyText="—" />
      </SimpleShowLayout>
    </Show>
  );
}
