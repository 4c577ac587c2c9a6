import { DataTable, FunctionField, List, NumberInput, SearchInput, useTranslate } from 'react-admin';
import type { ProgramView } from '@outreach/domain/programs';
import { ServiceKindChips } from './ServiceKindChips';
import { fiscalYearText } from './settings';
import { formatOfficialPeriod } from '../common/dates';
import { ListTable } from '../common/ListTable';

const filters = [<SearchInput key="q" source="q" alwaysOn />, <NumberInput key="fiscalYear" source="fiscalYear" />];

/** The programs (contracts) this user may see: the city's own, or those the vendor serves. */
export function ProgramList() {
  const translate = useTranslate();
  return (
    <List sort={{ field: 'periodStart', order: 'DESC' }} filters={filters} exporter={false}>
      <ListTable>
        <DataTable.Col source="title" />
        <DataTable.Col source="fiscalYear">
          <FunctionField<ProgramView> render={(record) => fiscalYearText(translate, record.fiscalYear)} />
        </DataTable.Col>
        <DataTable.Col source="periodStart" label="resources.programs.fields.period">
          <FunctionField<ProgramView> render={(record) => formatOfficialPeriod(record.periodStart, record.periodEnd, record.eraStyle)} />
        </DataTable.Col>
        <DataTable.Col source="serviceKinds" disableSort>
          <ServiceKindChips />
        </DataTable.Col>
        <DataTable.Col source="vendorNames" disableSort>
          <FunctionField<ProgramView> render={(record) => record.vendorNames.join('、')} />
        </DataTable.Col>
      </ListTable>
    </List>
  );
}
