import EventNoteIcon from '@mui/icons-material/EventNote';
import type { SessionView } from '@outreach/domain/sessions';
import { lazyView } from '../common/lazyView';
import { formatDate } from '../common/dates';
const SessionCreate = lazyView(() => import('./SessionCreate'), 'SessionCreate');
const SessionEdit = lazyView(() => import('./SessionEdit'), 'SessionEdit');
const SessionList = lazyView(() => import('./SessionList'), 'SessionList');


/** 実施記録: visits and events of the current program; a held one opens the day's daily report. */
export default {
  list: SessionList,
  create: SessionCreate,
  edit: SessionEdit,
  icon: EventNoteIcon,
  recordRepresentation: (s: SessionView) => `${formatDate(s.date)} ${s.place}`,
};
