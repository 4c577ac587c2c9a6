import ListAltIcon from '@mui/icons-material/ListAlt';
import { lazy } from 'react';

const ReceptionListPage = lazy(() => import('./ReceptionListPage').then((m) => ({ default: m.ReceptionListPage })));

/** 受付一覧表: a resource with only a list (the API's reception list is per program, not react-admin CRUD). */
export default { list: ReceptionListPage, icon: ListAltIcon };
