import DescriptionOutlinedIcon from '@mui/icons-material/DescriptionOutlined';
import { lazyView } from '../common/lazyView';

const BusinessPlansPage = lazyView(() => import('./BusinessPlansPage'), 'BusinessPlansPage');

/** 業務計画書: a resource with only a list (the versions of the current program's plan, the vendor's upload, the city's decisions). */
export default { list: BusinessPlansPage, icon: DescriptionOutlinedIcon };
