import AssessmentIcon from '@mui/icons-material/Assessment';
import { lazyView } from '../common/lazyView';
const CallWeekList = lazyView(() => import('./CallWeekList'), 'CallWeekList');
const CallWeekShow = lazyView(() => import('./CallWeekShow'), 'CallWeekShow');

/** 受電週報告: read by everyone on the program; submitted, accepted or returned from the show page. */
export default { list: CallWeekList, show: CallWeekShow, icon: AssessmentIcon };
