import PeopleIcon from '@mui/icons-material/People';
import { lazyView } from '../common/lazyView';
const UserCreate = lazyView(() => import('./UserCreate'), 'UserCreate');
const UserEdit = lazyView(() => import('./UserEdit'), 'UserEdit');
const UserList = lazyView(() => import('./UserList'), 'UserList');
const UserShow = lazyView(() => import('./UserShow'), 'UserShow');

export default { list: UserList, show: UserShow, create: UserCreate, edit: UserEdit, icon: PeopleIcon, recordRepresentation: 'name' };
