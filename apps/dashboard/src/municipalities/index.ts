import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import { lazyView } from '../common/lazyView';
const MunicipalityCreate = lazyView(() => import('./MunicipalityCreate'), 'MunicipalityCreate');
const MunicipalityEdit = lazyView(() => import('./MunicipalityEdit'), 'MunicipalityEdit');
const MunicipalityList = lazyView(() => import('./MunicipalityList'), 'MunicipalityList');
const MunicipalityShow = lazyView(() => import('./MunicipalityShow'), 'MunicipalityShow');

export default {
  list: MunicipalityList,
  show: MunicipalityShow,
  create: MunicipalityCreate,
  edit: MunicipalityEdit,
  icon: AccountBalanceIcon,
  recordRepresentation: 'name',
};
