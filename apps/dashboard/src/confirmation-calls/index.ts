import PhoneInTalkOutlinedIcon from '@mui/icons-material/PhoneInTalkOutlined';
import { lazyView } from '../common/lazyView';

const ConfirmationCallsPage = lazyView(() => import('./ConfirmationCallsPage'), 'ConfirmationCallsPage');

/** 前日確認: a resource with only a list (the next visit day's bookings of the current program, called the day before). */
export default { list: ConfirmationCallsPage, icon: PhoneInTalkOutlinedIcon };
