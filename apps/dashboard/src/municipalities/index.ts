import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import { MunicipalityCreate } from './MunicipalityCreate';
import { MunicipalityEdit } from './MunicipalityEdit';
import { MunicipalityList } from './MunicipalityList';
import { MunicipalityShow } from './MunicipalityShow';

export default {
  list: MunicipalityList,
  show: MunicipalityShow,
  create: MunicipalityCreate,
  edit: MunicipalityEdit,
  icon: AccountBalanceIcon,
  recordRepresentation: 'name',
};
