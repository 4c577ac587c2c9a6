import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import { DEFECT_CATEGORY_LABELS_JA, type DefectCategory } from '@outreach/domain/follow-ups';
import { lazyView } from '../common/lazyView';
import { formatDate } from '../common/dates';
const DefectCreate = lazyView(() => import('./DefectCreate'), 'DefectCreate');
const DefectEdit = lazyView(() => import('./DefectEdit'), 'DefectEdit');
const DefectList = lazyView(() => import('./DefectList'), 'DefectList');

/** 不備対応: defective applications and each attempt to reach the applicant until resolved. */
export default {
  list: DefectList,
  create: DefectCreate,
  edit: DefectEdit,
  icon: ReportProblemIcon,
  recordRepresentation: (d: { receivedDate: string; category: DefectCategory }) => `${formatDate(d.receivedDate)} ${DEFECT_CATEGORY_LABELS_JA[d.category] ?? ''}`,
};
