import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import bookings, { BookingSettingsPage, ReceptionSlipPage } from './bookings';
import callBacks from './call-backs';
import confirmationCalls from './confirmation-calls';
import teams, { ItineraryPage } from './teams';
import facilities from './facilities';
import callWeeks from './call-weeks';
import calls from './calls';
import dailyReports from './daily-reports';
import { Dashboard } from './dashboard/Dashboard';
import defects from './defects';
import handlingRecords from './handling-records';
import incidents from './incidents';
import inquiries from './inquiries';
import { Layout } from './layout/Layout';
import { LoginPage } from './layout/LoginPage';
import { theme } from './layout/theme';
import municipalities from './municipalities';
import organizations from './organizations';
import { ProfilePage } from './profile';
import programs from './programs';
import personalDataDeletions from './personal-data-deletions';
import handOvers from './hand-overs';
import programClosing from './program-closing';
import receptionList from './reception-list';
import { ReportsPage } from './reports';
import { authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import { i18nProvider } from './providers/i18nProvider';
import sessions from './sessions';
import siteApprovals from './site-approvals';
import businessPlans from './business-plans';
import reportSubmissions from './report-submissions';
import slipShares from './slip-shares';
import users from './users';

export function App() {
  return (
    <Admin
      title="アウトリーチデスク"
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      loginPage={LoginPage}
      layout={Layout}
      dashboard={Dashboard}
      theme={theme}
      requireAuth
      disableTelemetry
    >
      <Resource name="programs" {...programs} />
      <Resource name="calls" {...calls} />
      <Resource name="bookings" {...bookings} />
      <Resource name="call-backs" {...callBacks} />
      <Resource name="confirmation-calls" {...confirmationCalls} />
      <Resource name="teams" {...teams} />
      <Resource name="facilities" {...facilities} />
      <Resource name="reception-list" {...receptionList} />
      <Resource name="slip-shares" {...slipShares} />
      <Resource name="personal-data-deletions" {...personalDataDeletions} />
      <Resource name="program-closing" {...programClosing} />
      <Resource name="call-weeks" {...callWeeks} />
      <Resource name="site-approvals" {...siteApprovals} />
      <Resource name="business-plans" {...businessPlans} />
      <Resource name="report-submissions" {...reportSubmissions} />
      <Resource name="sessions" {...sessions} />
      <Resource name="daily-reports" {...dailyReports} />
      <Resource name="hand-overs" {...handOvers} />
      <Resource name="defects" {...defects} />
      <Resource name="inquiries" {...inquiries} />
      <Resource name="incidents" {...incidents} />
      <Resource name="municipalities" {...municipalities} />
      <Resource name="organizations" {...organizations} />
      <Resource name="users" {...users} />
      <Resource name="handling-records" {...handlingRecords} />
      <CustomRoutes>
        <Route path="/profile" element={<ProfilePage />} />
        <Route path="/booking-settings" element={<BookingSettingsPage />} />
        <Route path="/reports" element={<ReportsPage />} />
      </CustomRoutes>
      <CustomRoutes noLayout>
        <Route path="/bookings/:id/slip" element={<ReceptionSlipPage />} />
        <Route path="/teams/:id/itinerary" element={<ItineraryPage />} />
      </CustomRoutes>
    </Admin>
  );
}
