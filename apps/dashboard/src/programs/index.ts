import EventNoteIcon from '@mui/icons-material/EventNote';
import { lazyView } from '../common/lazyView';
const ProgramEdit = lazyView(() => import('./ProgramEdit'), 'ProgramEdit');
const ProgramList = lazyView(() => import('./ProgramList'), 'ProgramList');
const ProgramShow = lazyView(() => import('./ProgramShow'), 'ProgramShow');

/**
 * Programs (contracts). No create view: a new program needs a vendor organization, and a city administrator
 * cannot list vendors through the API yet.
 */
export default { list: ProgramList, show: ProgramShow, edit: ProgramEdit, icon: EventNoteIcon, recordRepresentation: 'title' };
