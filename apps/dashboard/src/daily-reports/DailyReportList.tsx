import { Alert, Box, Tab, Tabs } from '@mui/material';
import { isReceived, reportStatusSchema } from '@outreach/domain/daily-reports';
import { useState } from 'react';
import { DataTable, Loading, SelectInput, useCanAccess, useRecordContext, useRefresh, useTranslate, type Identifier, type RaRecord } from 'react-admin';
import { ProgramScopedList } from '../common/ProgramScopedList';
import { DueAtField, OnTimeField, PhotosField, ReportDateField, ReportStatusField } from './fields';
import { RatesPanel } from './RatesPanel';
import type { DailyReportRowView } from '@outreach/domain/daily-reports';
import { CITY_ACTIONS } from './report';
import { ReportActions } from '../common/ReportActions';
import { reportDateLabel } from './format';
import { periodFilters } from '../common/filters';

const statusChoices = reportStatusSchema.options.map((id) => ({ id, name: `app.dailyReports.statuses.${id}` }));

/** `from` and `to` are JST calendar dates, both included. */
const filters = [
  <SelectInput key="status" source="status" choices={statusChoices} alwaysOn />,
  ...periodFilters,
];

type View = 'queue' | 'all';

/**
 * 日次報告 of the current program: the submission figures on top, then the reports, newest first. The city
 * administrator starts on 確認待ち (submitted reports) and accepts or returns them from the row.
 */
export function DailyReportList() {
  const translate = useTranslate();
  const { canAccess: canAccept, isPending: acceptPending } = useCanAccess({ resource: 'daily-reports', action: 'accept' });
  const { canAccess: canEdit } = useCanAccess({ resource: 'daily-reports', action: 'edit' });
  const [view, setView] = useState<View | undefined>();
  if (acceptPending) return <Loading />;
  const current: View = view ?? (canAccept ? 'queue' : 'all');
  const queue = current === 'queue';
  const rowClick = (_id: Identifier, _resource: string, record: RaRecord) => {
    const report = record as DailyReportRowView;
    return canEdit === true && !isReceived(report.status) ? 'edit' : 'show';
  };

  return (
    <ProgramScopedList
      resource="daily-reports"
      variant={current}
      header={(program) => (
        <>
          <RatesPanel key={program.id} programId={program.id} canEdit={canEdit === true} />
          {canAccept && (
            <Tabs value={current} onChange={(_event, next: View) => setView(next)} aria-label={translate('resources.daily-reports.name', { smart_count: 2 })}>
              <Tab value="queue" label={translate('app.dailyReports.queue.submitted')} />
              <Tab value="all" label={translate('app.dailyReports.queue.all')} />
            </Tabs>
          )}
        </>
      )}
      filter={queue ? { status: 'submitted' } : undefined}
      sort={queue ? { field: 'date', order: 'ASC' } : { field: 'date', order: 'DESC' }}
      filters={queue ? undefined : filters}
      disableSyncWithLocation={queue}
      empty={queue ? (program) => <Alert severity="success" sx={{ overflowWrap: 'anywhere' }}>{translate('app.dailyReports.queue.empty', { program: program.title })}</Alert> : undefined}
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
    </ProgramScopedList>
  );
}

/** 受理 / 差し戻し in the row; clicks inside (and in their dialogs) do not open the report. */
function RowActions() {
  const refresh = useRefresh();
  const report = useRecordContext<DailyReportRowView>();
  if (!report) return null;
  return (
    <Box sx={{ display: 'flex', justifyContent: 'flex-end' }} onClick={(event) => event.stopPropagation()}>
      <ReportActions resource="daily-reports" report={report} labels="app.dailyReports.actions" messageArgs={{ date: reportDateLabel(report.date) }} only={CITY_ACTIONS} look="row" onDone={refresh} />
    </Box>
  );
}
