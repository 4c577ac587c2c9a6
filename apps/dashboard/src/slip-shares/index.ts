import ScheduleSendOutlinedIcon from '@mui/icons-material/ScheduleSendOutlined';
import { lazyView } from '../common/lazyView';

const SlipSharesPage = lazyView(() => import('./SlipSharesPage'), 'SlipSharesPage');

/** 受付票の共有: a resource with only a list (the weeks and share files of the current program). */
export default { list: SlipSharesPage, icon: ScheduleSendOutlinedIcon };
