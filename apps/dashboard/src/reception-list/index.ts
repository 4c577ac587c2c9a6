import ListAltIcon from '@mui/icons-material/ListAlt';
import { lazyView } from '../common/lazyView';

const ReceptionListPage = lazyView(() => import('./ReceptionListPage'), 'ReceptionListPage');

/** 受付一覧表: a resource with only a list (the API's reception list is per program, not react-admin CRUD). */
export default { list: ReceptionListPage, icon: ListAltIcon };
