import { lazyView } from '../common/lazyView';

/**
 * 帳票: a custom route (/reports) rather than a resource, since the reports are downloads, not records. The page
 * is loaded on first use; the menu entry shows for export.download only.
 */
export const ReportsPage = lazyView(() => import('./ReportsPage'), 'ReportsPage');
export { ReportsMenuItem } from './ReportsMenuItem';
