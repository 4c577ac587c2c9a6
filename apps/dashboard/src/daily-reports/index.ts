import AssignmentIcon from '@mui/icons-material/Assignment';
import { lazyView } from '../common/lazyView';
const DailyReportList = lazyView(() => import('./DailyReportList'), 'DailyReportList');
const DailyReportEdit = lazyView(() => import('./DailyReportPage'), 'DailyReportEdit');
const DailyReportShow = lazyView(() => import('./DailyReportPage'), 'DailyReportShow');

export { useFindDailyReport } from './useFindDailyReport';
export { reportPath } from './report';

/**
 * 日次報告: the vendor fills the day's form (edit) and submits it; the city reads it (show), reviews the photos
 * and accepts or returns it, starting from the 確認待ち queue of the list.
 */
export default { list: DailyReportList, edit: DailyReportEdit, show: DailyReportShow, icon: AssignmentIcon };
