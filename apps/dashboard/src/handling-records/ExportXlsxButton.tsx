import DownloadIcon from '@mui/icons-material/Download';
import { Button as MuiButton } from '@mui/material';
import { useCanAccess, useListContext, useTranslate } from 'react-admin';
import { listUrl } from '../providers/dataProvider';

/**
 * Downloads the current list's filter as an Excel workbook: a plain same-origin link, so the session cookie goes
 * along and the browser saves the file under the name the API gives. Hidden without export.download.
 */
export function ExportXlsxButton() {
  const translate = useTranslate();
  const { filterValues } = useListContext();
  const { canAccess } = useCanAccess({ resource: 'handling-records', action: 'export' });
  if (!canAccess) return null;
  return (
    <MuiButton size="small" startIcon={<DownloadIcon />} href={listUrl('handling-records', { filter: filterValues }, '/export.xlsx')}>
      {translate('app.handlingRecords.export')}
    </MuiButton>
  );
}
