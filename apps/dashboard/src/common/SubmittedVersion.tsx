import DownloadIcon from '@mui/icons-material/DownloadOutlined';
import { Box, Button, Typography } from '@mui/material';
import type { SubmissionTrail } from '@outreach/domain/common';
import type { ReactNode } from 'react';
import { DecisionLines } from './DecisionLines';
import { fileSize } from './fileSize';
import { type StatusLook, StatusChip } from './StatusChip';

/**
 * A submitted version the city decides (業務計画書, 月次・完了報告), inside its card: 「第2版  title」 with its status
 * chip, the stored file as a download link named by the file and its size, what the submitter wrote (`children`),
 * then who submitted and who decided it and why it was returned. `t` is the screen's words: version, statuses.*,
 * download, submittedBy, decidedBy, reason.
 */
export function SubmittedVersion<S extends string>(props: {
  version: SubmissionTrail & { version: number; title: string; status: S; fileName: string; bytes: number; returnReason: string | null };
  t: (key: string, options?: Record<string, unknown>) => string;
  looks: Record<S, StatusLook>;
  statusTestId: string;
  fileUrl: string;
  children?: ReactNode;
}) {
  const { version: v, t } = props;
  const status = t(`statuses.${v.status}`);
  return (
    <>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 700, mr: 'auto', overflowWrap: 'anywhere' }}>
          {`${t('version', { version: v.version })}  ${v.title}`}
        </Typography>
        <StatusChip status={v.status} looks={props.looks} label={status} testId={props.statusTestId} />
      </Box>
      <Box>
        <Button size="small" component="a" href={props.fileUrl} download={v.fileName} startIcon={<DownloadIcon />} sx={{ overflowWrap: 'anywhere', textAlign: 'left' }}>
          {`${v.fileName}  ${t('download', { size: fileSize(v.bytes) })}`}
        </Button>
      </Box>
      {props.children}
      <DecisionLines t={t} asked={['submittedBy', v.submittedByName, v.submittedAt]} decided={[status, v.decidedByName, v.decidedAt]} reason={v.returnReason} />
    </>
  );
}
