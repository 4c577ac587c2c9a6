import GroupsOutlinedIcon from '@mui/icons-material/GroupsOutlined';
import { lazyView } from '../common/lazyView';

const TeamsPage = lazyView(() => import('./TeamsPage'), 'TeamsPage');

/** チーム編成: the visit half-days of the current program and their teams. */
export default { list: TeamsPage, icon: GroupsOutlinedIcon };
