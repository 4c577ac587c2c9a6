import HistoryIcon from '@mui/icons-material/History';
import { HandlingRecordList } from './HandlingRecordList';
import { HandlingRecordShow } from './HandlingRecordShow';

/** Read-only: the API writes handling records, nobody edits them. */
export default { list: HandlingRecordList, show: HandlingRecordShow, icon: HistoryIcon };
