import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import { BookingDesk, BookingList, BookingShow } from './pages';

export { BookingDeskMenuItem } from './BookingDeskMenuItem';
export { BookingSettingsPage, ReceptionSlipPage } from './pages';

/**
 * 予約: the list (予約一覧, facts only), one booking with its actions, and `create` = the operator's screen
 * (予約受付). The reception slip (/bookings/:id/slip) and the settings (/booking-settings) are custom routes.
 */
export default { list: BookingList, show: BookingShow, create: BookingDesk, icon: EventAvailableIcon, recordRepresentation: 'receptionNumber' };
