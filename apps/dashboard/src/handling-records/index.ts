import HistoryIcon from '@mui/icons-material/History';
import { lazyView } from '../common/lazyView';
const HandlingRecordList = lazyView(() => import('./HandlingRecordList'), 'HandlingRecordList');
const HandlingRecordShow = lazyView(() => import('./HandlingRecordShow'), 'HandlingRecordShow');

/** Read-only: the API writes handling records, nobody edits them. */
export default { list: HandlingRecordList, show: HandlingRecordShow, icon: HistoryIcon };
