import PhoneCallbackIcon from '@mui/icons-material/PhoneCallback';
import { lazyView } from '../common/lazyView';

const CallBacksPage = lazyView(() => import('./CallBacksPage'), 'CallBacksPage');

export { CallBackDialog } from './CallBackDialog';

/** 折り返し: a resource with only a list (the current program's call-backs, each marked done by the team). */
export default { list: CallBacksPage, icon: PhoneCallbackIcon };
