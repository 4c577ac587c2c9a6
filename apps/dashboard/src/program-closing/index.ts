import AssignmentTurnedInOutlinedIcon from '@mui/icons-material/AssignmentTurnedInOutlined';
import { lazyView } from '../common/lazyView';

const ProgramClosingPage = lazyView(() => import('./ProgramClosingPage'), 'ProgramClosingPage');

/** 契約終了の手続き: a resource with only a list (the closing checklist of the current program). */
export default { list: ProgramClosingPage, icon: AssignmentTurnedInOutlinedIcon };
