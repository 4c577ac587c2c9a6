import GroupsOutlinedIcon from '@mui/icons-material/GroupsOutlined';
import { TeamsPage } from './pages';

export { ItineraryPage } from './pages';
export { MyVisitsCard } from './MyVisitsCard';

/** チーム編成: the visit half-days of the current program and their teams; each team's 訪問行程表 is a page of its own. */
export default { list: TeamsPage, icon: GroupsOutlinedIcon };
