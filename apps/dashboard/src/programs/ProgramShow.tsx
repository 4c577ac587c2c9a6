import { EditButton, Show, TabbedShowLayout, TopToolbar, useRecordContext } from 'react-admin';
import type { ProgramView } from '@outreach/domain/programs';
import { ReportFormPanel } from '../report-forms';
import { ProgressPanel } from './ProgressPanel';
import { SettingsPanel } from './SettingsPanel';
import { TargetsPanel } from './TargetsPanel';
import { VisitCalendarPanel } from './VisitCalendar';

function ProgramTitle() {
  const record = useRecordContext<ProgramView>();
  return <span>{record?.title ?? ''}</span>;
}

/** One program: its settings, targets, progress, visit-day calendar and report forms (様式), each on its own tab. */
export function ProgramShow() {
  return (
    <Show
      title={<ProgramTitle />}
      actions={
        <TopToolbar>
          <EditButton />
        </TopToolbar>
      }
    >
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="resources.programs.tabs.overview">
          <SettingsPanel />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.programs.tabs.targets" path="targets">
          <TargetsPanel />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.programs.tabs.progress" path="progress">
          <ProgressPanel />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.programs.tabs.calendar" path="calendar">
          <VisitCalendarPanel />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="app.reportForms.tab" path="report-forms">
          <ReportFormPanel />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
