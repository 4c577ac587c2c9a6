import ReportGmailerrorredOutlinedIcon from '@mui/icons-material/ReportGmailerrorredOutlined';
import { jstDateKey } from '@outreach/domain/common';
import { INCIDENT_KIND_LABELS_JA, type IncidentKind } from '@outreach/domain/incidents';
import { lazyView } from '../common/lazyView';
import { formatDate } from '../common/dates';
const IncidentCreate = lazyView(() => import('./IncidentCreate'), 'IncidentCreate');
const IncidentEdit = lazyView(() => import('./IncidentEdit'), 'IncidentEdit');
const IncidentList = lazyView(() => import('./IncidentList'), 'IncidentList');
const IncidentShow = lazyView(() => import('./IncidentShow'), 'IncidentShow');

/** 個人情報の事故報告 (特記事項 §12): recorded by the vendor's manager or the city's admin, read by everyone on the program. */
export default {
  list: IncidentList,
  show: IncidentShow,
  create: IncidentCreate,
  edit: IncidentEdit,
  icon: ReportGmailerrorredOutlinedIcon,
  recordRepresentation: (i: { discoveredAt: string; kind: IncidentKind }) => `${formatDate(jstDateKey(new Date(i.discoveredAt)))} ${INCIDENT_KIND_LABELS_JA[i.kind] ?? ''}`,
};
