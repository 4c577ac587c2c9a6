import AddLocationAltOutlinedIcon from '@mui/icons-material/AddLocationAltOutlined';
import { lazyView } from '../common/lazyView';

const SiteApprovalsPage = lazyView(() => import('./SiteApprovalsPage'), 'SiteApprovalsPage');

/** 実施場所の承認: a resource with only a list (the sites of the current program, the vendor's form, the city's decisions). */
export default { list: SiteApprovalsPage, icon: AddLocationAltOutlinedIcon };
