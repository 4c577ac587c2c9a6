import AssignmentTurnedInOutlinedIcon from '@mui/icons-material/AssignmentTurnedInOutlined';
import { lazyView } from '../common/lazyView';

const ReportSubmissionsPage = lazyView(() => import('./ReportSubmissionsPage'), 'ReportSubmissionsPage');

/** 月次・完了報告: a resource with only a list (the reports owed, a draft's figures, the versions and the city's decisions). */
export default { list: ReportSubmissionsPage, icon: AssignmentTurnedInOutlinedIcon };
