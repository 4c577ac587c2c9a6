import AddIcCallIcon from '@mui/icons-material/AddIcCall';
import { Menu, useCanAccess } from 'react-admin';

/** 予約受付 in the menu, for those who take bookings: the operator's screen is one click away during a call. */
export function BookingDeskMenuItem() {
  const { canAccess } = useCanAccess({ resource: 'bookings', action: 'create' });
  if (!canAccess) return null;
  return <Menu.Item to="/bookings/create" primaryText="app.bookings.menu" leftIcon={<AddIcCallIcon />} />;
}
