import PersonRemoveOutlinedIcon from '@mui/icons-material/PersonRemoveOutlined';
import { lazyView } from '../common/lazyView';

const DeletionLedgerPage = lazyView(() => import('./DeletionLedgerPage'), 'DeletionLedgerPage');

/** 個人情報削除記録: a resource with only a list (the API's ledger is per program, not react-admin CRUD). */
export default { list: DeletionLedgerPage, icon: PersonRemoveOutlinedIcon };
