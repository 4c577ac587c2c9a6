export { ReportFormPanel } from './ReportFormPanel';
