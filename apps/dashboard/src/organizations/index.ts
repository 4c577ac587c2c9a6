import BusinessIcon from '@mui/icons-material/Business';
import { lazyView } from '../common/lazyView';
const OrganizationCreate = lazyView(() => import('./OrganizationCreate'), 'OrganizationCreate');
const OrganizationEdit = lazyView(() => import('./OrganizationEdit'), 'OrganizationEdit');
const OrganizationList = lazyView(() => import('./OrganizationList'), 'OrganizationList');
const OrganizationShow = lazyView(() => import('./OrganizationShow'), 'OrganizationShow');

export default {
  list: OrganizationList,
  show: OrganizationShow,
  create: OrganizationCreate,
  edit: OrganizationEdit,
  icon: BusinessIcon,
  recordRepresentation: 'name',
};
