import PersonIcon from '@mui/icons-material/Person';
import { Menu as RaMenu } from 'react-admin';
import { BookingDeskMenuItem } from '../bookings';
import { ReportsMenuItem } from '../reports';

/** Dashboard, the resources this user may list (react-admin asks canAccess for each), and the profile. */
export function Menu() {
  return (
    <RaMenu>
      <RaMenu.DashboardItem />
      <BookingDeskMenuItem />
      <RaMenu.ResourceItems />
      <ReportsMenuItem />
      <RaMenu.Item to="/profile" primaryText="app.profile.menu" leftIcon={<PersonIcon />} />
    </RaMenu>
  );
}
