import PhoneIcon from '@mui/icons-material/Phone';
import { lazyView } from '../common/lazyView';
const CallBulkCreate = lazyView(() => import('./CallBulkCreate'), 'CallBulkCreate');
const CallEdit = lazyView(() => import('./CallEdit'), 'CallEdit');
const CallList = lazyView(() => import('./CallList'), 'CallList');

export { QuickCallWidget } from './QuickCallWidget';
export { callWeekId } from './call';
export { categoryChoices, outcomeChoices } from './choices';

/** 受電記録. `create` is the paper form (a whole day's counts); single calls come from the quick-entry widget. */
export default { list: CallList, edit: CallEdit, create: CallBulkCreate, icon: PhoneIcon };
