import EventNoteIcon from '@mui/icons-material/EventNote';
import { dateWithWeekday } from './fields';
import type { Session } from './session';
import { lazyView } from '../common/lazyView';
const SessionCreate = lazyView(() => import('./SessionCreate'), 'SessionCreate');
const SessionEdit = lazyView(() => import('./SessionEdit'), 'SessionEdit');
const SessionList = lazyView(() => import('./SessionList'), 'SessionList');

export { DateKeyField, dateWithWeekday } from './fields';
export type { Session } from './session';

/** 実施記録: visits and events of the current program; a held one opens the day's daily report. */
export default {
  list: SessionList,
  create: SessionCreate,
  edit: SessionEdit,
  icon: EventNoteIcon,
  recordRepresentation: (s: Session) => `${dateWithWeekday(s.date)} ${s.place}`,
};
