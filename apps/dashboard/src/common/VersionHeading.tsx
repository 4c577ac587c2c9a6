import DownloadIcon from '@mui/icons-material/DownloadOutlined';
import { Box, Button, Typography } from '@mui/material';
import { type StatusLook, StatusChip } from './StatusChip';

/**
 * The head of a submitted version's card (業務計画書, 月次・完了報告): 「第2版  title」 with its status chip, and the
 * stored file as a download link named by the file and its size.
 */
export function VersionHeading<S extends string>(props: {
  heading: string;
  status: S;
  looks: Record<S, StatusLook>;
  statusLabel: string;
  statusTestId: string;
  fileUrl: string;
  fileName: string;
  fileLabel: string;
}) {
  return (
    <>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 700, mr: 'auto', overflowWrap: 'anywhere' }}>
          {props.heading}
        </Typography>
        <StatusChip status={props.status} looks={props.looks} label={props.statusLabel} testId={props.statusTestId} />
      </Box>
      <Box>
        <Button size="small" component="a" href={props.fileUrl} download={props.fileName} startIcon={<DownloadIcon />} sx={{ overflowWrap: 'anywhere', textAlign: 'left', textTransform: 'none' }}>
          {`${props.fileName}  ${props.fileLabel}`}
        </Button>
      </Box>
    </>
  );
}
