import { Alert, Box, Tab, Tabs } from '@mui/material';
import { reportStatusSchema } from '@outreach/domain';
import { useState } from 'react';
import { DataTable, DateInput, List, Loading, SelectInput, TopToolbar, useCanAccess, useRecordContext, useRefresh, useTranslate, type Identifier, type RaRecord } from 'react-admin';
import { ProgramPicker } from '../common/ProgramPicker';
import { useCurrentProgram } from '../common/useCurrentProgram';
import { DueAtField, OnTimeField, PhotosField, ReportDateField, ReportStatusField } from './fields';
import { RatesPanel } from './RatesPanel';
import { type DailyReportRow, isLocked } from './report';
import { ReportActions } from './ReportActions';

const statusChoices = reportStatusSchema.options.map((id) => ({ id, name: `app.dailyReports.statuses.${id}` }));

/** `from` and `to` are JST calendar dates, both included. */
const filters = [
  <SelectInput key="status" source="status" choices={statusChoices} alwaysOn />,
  <DateInput key="from" source="from" alwaysOn />,
  <DateInput key="to" source="to" alwaysOn />,
];

type View = 'queue' | 'all';

/**
 * 日次報告 of the current program: the submission figures on top, then the reports, newest first. The city
 * administrator starts on 確認待ち (submitted reports) and accepts or returns them from the row.
 */
export function DailyReportList() {
  const translate = useTranslate();
  const { program, isPending } = useCurrentProgram();
  const { canAccess: canAccept, isPending: acceptPending } = useCanAccess({ resource: 'daily-reports', action: 'accept' });
  const { canAccess: canEdit } = useCanAccess({ resource: 'daily-reports', action: 'edit' });
  const [view, setView] = useState<View | undefined>();
  if (isPending || acceptPending) return <Loading />;
  if (!program) return <Alert severity="info" sx={{ mt: 2 }}>{translate('app.dailyReports.noProgram')}</Alert>;
  const current: View = view ?? (canAccept ? 'queue' : 'all');
  const queue = current === 'queue';
  const rowClick = (_id: Identifier, _resource: string, record: RaRecord) => {
    const report = record as DailyReportRow;
    return canEdit === true && !isLocked(report.status) ? 'edit' : 'show';
  };

  return (
    <Box sx={{ display: 'grid', gap: 2, mt: 2 }}>
      <RatesPanel key={program.id} programId={program.id} canEdit={canEdit === true} />
      {canAccept && (
        <Tabs value={current} onChange={(_event, next: View) => setView(next)} aria-label={translate('resources.daily-reports.name', { smart_count: 2 })}>
          <Tab value="queue" label={translate('app.dailyReports.queue.submitted')} />
          <Tab value="all" label={translate('app.dailyReports.queue.all')} />
        </Tabs>
      )}
      <List
        key={`${program.id}:${current}`}
        resource="daily-reports"
        filter={queue ? { programId: program.id, status: 'submitted' } : { programId: program.id }}
        sort={queue ? { field: 'date', order: 'ASC' } : { field: 'date', order: 'DESC' }}
        filters={queue ? undefined : filters}
        disableSyncWithLocation={queue}
        exporter={false}
        empty={queue ? <Alert severity="success">{translate('app.dailyReports.queue.empty')}</Alert> : undefined}
        actions={
          <TopToolbar sx={{ alignItems: 'center' }}>
            <ProgramPicker />
          </TopToolbar>
        }
        sx={{ '& .RaList-main': { mt: 0 }, '& .MuiTableCell-head': { whiteSpace: 'nowrap' } }}
      >
        <DataTable rowClick={rowClick} bulkActionButtons={false}>
          <DataTable.Col source="date">
            <ReportDateField />
          </DataTable.Col>
          <DataTable.Col source="status">
            <ReportStatusField />
          </DataTable.Col>
          <DataTable.NumberCol source="sessionCount" disableSort />
          <DataTable.NumberCol source="applications" disableSort />
          <DataTable.NumberCol source="consultations" disableSort />
          <DataTable.Col source="photoCount" disableSort>
            <PhotosField />
          </DataTable.Col>
          <DataTable.Col source="dueAt" disableSort>
            <DueAtField />
          </DataTable.Col>
          <DataTable.Col source="onTime" disableSort>
            <OnTimeField />
          </DataTable.Col>
          {canAccept && (
            <DataTable.Col source="actions" label="" disableSort>
              <RowActions />
            </DataTable.Col>
          )}
        </DataTable>
      </List>
    </Box>
  );
}

/** 受理 / 差し戻し in the row; clicks inside (and in their dialogs) do not open the report. */
function RowActions() {
  const refresh = useRefresh();
  const report = useRecordContext<DailyReportRow>();
  if (!report) return null;
  return (
    <Box sx={{ display: 'flex', justifyContent: 'flex-end' }} onClick={(event) => event.stopPropagation()}>
      <ReportActions report={report} onDone={refresh} compact />
    </Box>
  );
}
