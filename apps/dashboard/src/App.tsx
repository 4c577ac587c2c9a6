import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { Dashboard } from './dashboard/Dashboard';
import handlingRecords from './handling-records';
import { Layout } from './layout/Layout';
import { LoginPage } from './layout/LoginPage';
import { theme } from './layout/theme';
import municipalities from './municipalities';
import organizations from './organizations';
import { ProfilePage } from './profile/ProfilePage';
import { authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import { i18nProvider } from './providers/i18nProvider';
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
      <Resource name="municipalities" {...municipalities} />
      <Resource name="organizations" {...organizations} />
      <Resource name="users" {...users} />
      <Resource name="handling-records" {...handlingRecords} />
      <CustomRoutes>
        <Route path="/profile" element={<ProfilePage />} />
      </CustomRoutes>
    </Admin>
  );
}
