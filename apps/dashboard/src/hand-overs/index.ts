import MoveToInboxOutlinedIcon from '@mui/icons-material/MoveToInboxOutlined';
import { lazyView } from '../common/lazyView';

const HandOversPage = lazyView(() => import('./HandOversPage'), 'HandOversPage');

/** 引渡し: a resource with only a page (batches per program; creating one is the vendor manager's). */
export default { list: HandOversPage, icon: MoveToInboxOutlinedIcon };
