import {
  AutocompleteInput,
  DataTable,
  List,
  SelectField,
  SelectInput,
  TopToolbar,
} from 'react-admin';
import { handlingActorName, type HandlingRecordView } from '@outreach/domain/handling-records';
import { handlingTargetTypeLabel } from '@outreach/domain/reports';
import { roleChoices } from '../common/choices';
import { JstDateTimeField } from '../common/JstDateTimeField';
import { ActionField } from './ActionField';
import { actionChoices } from './actions';
import { ExportXlsxButton } from './ExportXlsxButton';
import { periodFilters } from '../common/filters';
import { ListTable } from '../common/ListTable';
import { QUERY_ONCE, useAppDataProvider } from '../providers/dataProvider';
import { useQuery } from '@tanstack/react-query';

/**
 * 操作者: the people who acted in the rows one may read (not the user list, which offers a city only its own
 * officials and its viewer nothing at all).
 */
function ActorInput({ source }: { source: string; alwaysOn?: boolean }) {
  const dataProvider = useAppDataProvider();
  const actors = useQuery({ queryKey: ['handling-records', 'actors'], queryFn: () => dataProvider.handlingActors(), ...QUERY_ONCE });
  return <AutocompleteInput source={source} choices={actors.data ?? []} optionText="name" />;
}

/** `from` and `to` are JST calendar dates (YYYY-MM-DD), both included. */
const filters = [
  <ActorInput key="userId" source="userId" alwaysOn />,
  <SelectInput key="action" source="action" choices={actionChoices} alwaysOn />,
  ...periodFilters,
];

export function HandlingRecordList() {
  return (
    <List
      sort={{ field: 'occurredAt', order: 'DESC' }}
      filters={filters}
      exporter={false}
      actions={
        <TopToolbar>
          <ExportXlsxButton />
        </TopToolbar>
      }
    >
      <ListTable>
        <DataTable.Col source="occurredAt">
          <JstDateTimeField source="occurredAt" />
        </DataTable.Col>
        <DataTable.Col source="userName" render={(r: HandlingRecordView) => handlingActorName(r)} />
        <DataTable.Col source="organizationName" />
        <DataTable.Col source="role">
          <SelectField source="role" choices={roleChoices} />
        </DataTable.Col>
        <DataTable.Col source="action">
          <ActionField source="action" />
        </DataTable.Col>
        <DataTable.Col source="resourceType" render={(r: HandlingRecordView) => handlingTargetTypeLabel(r.resourceType)} />
        <DataTable.Col source="target" render={(r: HandlingRecordView) => r.target ?? ''} />
        <DataTable.Col source="ip" />
      </ListTable>
    </List>
  );
}
