import AssessmentIcon from '@mui/icons-material/Assessment';
import { Menu, useCanAccess } from 'react-admin';

/** 帳票 in the menu, for those who may download the Excel reports (export.download). */
export function ReportsMenuItem() {
  const { canAccess } = useCanAccess({ resource: 'reports', action: 'list' });
  if (!canAccess) return null;
  return <Menu.Item to="/reports" primaryText="app.reports.menu" leftIcon={<AssessmentIcon />} />;
}
