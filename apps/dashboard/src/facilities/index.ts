import ApartmentIcon from '@mui/icons-material/Apartment';
import { lazyView } from '../common/lazyView';

const FacilitiesPage = lazyView(() => import('./FacilitiesPage'), 'FacilitiesPage');
const FacilityShowPage = lazyView(() => import('./FacilityShowPage'), 'FacilityShowPage');
const FacilityCreatePage = lazyView(() => import('./FacilityCreatePage'), 'FacilityCreatePage');
const FacilityEditPage = lazyView(() => import('./FacilityEditPage'), 'FacilityEditPage');

/** 施設: the current program's facilities with their stage (list), one facility (show), a facility recorded ahead (create), its data corrected (edit). */
export default { list: FacilitiesPage, show: FacilityShowPage, create: FacilityCreatePage, edit: FacilityEditPage, icon: ApartmentIcon };
