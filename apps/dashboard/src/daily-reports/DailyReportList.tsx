import { Alert, Box, Tab, Tabs } from '@mui/material';
import { dailyReportStatusSchema, isLocked, visibleToCity } from '@outreach/domain/daily-reports';
import { useState } from 'react';
import { DataTable, Loading, SelectInput, useCanAccess, useRecordContext, useRefresh, useTranslate, type Identifier, type RaRecord } from 'react-admin';
import { ProgramScopedList } from '../common/ProgramScopedList';
import { DueAtField, OnTimeField, PhotosField, ReportDateField, ReportStatusField } from './fields';
import { RatesPanel } from './RatesPanel';
import type { DailyReportRowView } from '@outreach/domain/daily-reports';
import { REVIEW_ACTIONS } from './report';
import { ReportActions } from '../common/ReportActions';
import { periodFilters } from '../common/filters';
import { formatOfficialDate } from '../common/dates';
import { ListTable } from '../common/ListTable';

/** The statuses one may filter by: the city never sees a report under the vendor's internal check. */
const statusChoices = (vendor: boolean) =>
  dailyReportStatusSchema.options.filter((id) => vendor || visibleToCity(id)).map((id) => ({ id, name: `app.dailyReports.statuses.${id}` }));

/** `from` and `to` are JST calendar dates, both included. */
const filtersFor = (vendor: boolean) => [<SelectInput key="status" source="status" choices={statusChoices(vendor)} alwaysOn />, ...periodFilters];

type View = 'queue' | 'all';

/**
 * 日次報告 of the current program: the submission figures on top, then the reports, newest first. The city
 * administrator starts on 確認待ち (submitted reports) and accepts or returns them from the row; the vendor manager
 * on 社内確認待ち (staff's reports waiting for his check), which he checks (確認) or returns internally from the row.
 */
export function DailyReportList() {
  const translate = useTranslate();
  const { canAccess: canAccept, isPending: acceptPending } = useCanAccess({ resource: 'daily-reports', action: 'accept' });
  const { canAccess: canReview, isPending: reviewPending } = useCanAccess({ resource: 'daily-reports', action: 'review' });
  const { canAccess: canEdit } = useCanAccess({ resource: 'daily-reports', action: 'edit' });
  const [view, setView] = useState<View | undefined>();
  if (acceptPending || reviewPending) return <Loading />;
  const queueStatus = canAccept ? 'submitted' : canReview ? 'checking' : undefined;
  const current: View = view ?? (queueStatus ? 'queue' : 'all');
  const queue = current === 'queue' && queueStatus !== undefined;
  const rowClick = (_id: Identifier, _resource: string, record: RaRecord) => {
    const report = record as DailyReportRowView;
    return canEdit === true && !isLocked(report.status) ? 'edit' : 'show';
  };

  return (
    <ProgramScopedList
      resource="daily-reports"
      variant={current}
      header={(program) => (
        <>
          <RatesPanel key={program.id} programId={program.id} canEdit={canEdit === true} />
          {queueStatus && (
            <Tabs value={current} onChange={(_event, next: View) => setView(next)} aria-label={translate('resources.daily-reports.name', { smart_count: 2 })}>
              <Tab value="queue" label={translate(`app.dailyReports.queue.${queueStatus}`)} />
              <Tab value="all" label={translate('app.dailyReports.queue.all')} />
            </Tabs>
          )}
        </>
      )}
      filter={queue ? { status: queueStatus } : undefined}
      sort={queue ? { field: 'date', order: 'ASC' } : { field: 'date', order: 'DESC' }}
      filters={queue ? undefined : filtersFor(canEdit === true)}
      disableSyncWithLocation={queue}
      empty={queue ? (program) => <Alert severity="success" sx={{ overflowWrap: 'anywhere' }}>{translate(queueStatus === 'checking' ? 'app.dailyReports.queue.emptyChecking' : 'app.dailyReports.queue.empty', { program: program.title })}</Alert> : undefined}
    >
      <ListTable rowClick={rowClick} bulkActionButtons={false}>
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
        {(canAccept || canReview) && (
          <DataTable.Col source="actions" label="" disableSort>
            <RowActions />
          </DataTable.Col>
        )}
      </ListTable>
    </ProgramScopedList>
  );
}

/** 確認 / 社内差し戻し or 受理 / 差し戻し in the row (by permission); clicks inside (and in their dialogs) do not open the report. */
function RowActions() {
  const refresh = useRefresh();
  const report = useRecordContext<DailyReportRowView>();
  if (!report) return null;
  return (
    <Box sx={{ display: 'flex', justifyContent: 'flex-end' }} onClick={(event) => event.stopPropagation()}>
      <ReportActions resource="daily-reports" report={report} labels="app.dailyReports.actions" messageArgs={{ date: formatOfficialDate(report.date, 'wareki', true) }} only={REVIEW_ACTIONS} look="row" onDone={refresh} />
    </Box>
  );
}
