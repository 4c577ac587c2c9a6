import DownloadIcon from '@mui/icons-material/Download';
import { Alert, Box, Button, Card, CardActions, CardContent, LinearProgress, Typography } from '@mui/material';
import { type FormEvent, type ReactNode, useId } from 'react';
import { useTranslate } from 'react-admin';
import type { DownloadState } from './useReportDownload';

export interface ReportCardProps {
  title: string;
  description: string;
  /** The pickers. */
  children?: ReactNode;
  /** What the report will cover, under the pickers. */
  help?: ReactNode;
  state: DownloadState;
  /** A refusal that names a picker is shown under it, not here. */
  fieldErrorShown: boolean;
  disabled?: boolean;
  onDownload: () => void;
}

/**
 * One report: its name, its pickers, the ダウンロード button (Enter in a picker does the same), and while the
 * report is being made, its percent; then the file name being saved, or why it could not be made.
 */
export function ReportCard({ title, description, children, help, state, fieldErrorShown, disabled, onDownload }: ReportCardProps) {
  const translate = useTranslate();
  const headingId = useId();
  const running = state.phase === 'running';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!running) onDownload();
  };

  return (
    <Card component="section" aria-labelledby={headingId} variant="outlined" sx={{ display: 'flex', flexDirection: 'column' }}>
      <Box component="form" noValidate onSubmit={submit} sx={{ display: 'flex', flexDirection: 'column', flexGrow: 1 }}>
        <CardContent sx={{ display: 'grid', gap: 1.5, flexGrow: 1, alignContent: 'start' }}>
          <Box>
            <Typography id={headingId} variant="subtitle1" component="h2" sx={{ fontWeight: 700 }}>
              {title}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {description}
            </Typography>
          </Box>
          {children && <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'flex-start' }}>{children}</Box>}
          {help && (
            <Typography variant="body2" data-testid="report-help">
              {help}
            </Typography>
          )}
          {state.phase === 'failed' && !fieldErrorShown && (
            <Alert severity="error" sx={{ py: 0 }}>
              {translate(state.message, { _: state.message })}
            </Alert>
          )}
        </CardContent>
        {/* On a phone the progress and its line go under the button, full width (beside it they wrapped word by word). */}
        <CardActions disableSpacing sx={{ px: 2, pb: 2, gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
          <Button
            type="submit"
            variant="contained"
            startIcon={<DownloadIcon />}
            disabled={disabled || running}
            aria-label={translate('app.reports.downloadNamed', { name: title })}
            sx={{ flexShrink: 0 }}
          >
            {translate('app.reports.download')}
          </Button>
          <Box sx={{ flexGrow: 1, minWidth: 0, flexBasis: { xs: running || state.phase === 'done' ? '100%' : 0, sm: 0 } }}>
            {running && (
              <LinearProgress
                variant={state.percent === null ? 'indeterminate' : 'determinate'}
                value={state.percent ?? undefined}
                aria-label={translate('app.reports.progress', { name: title, percent: state.percent ?? 0 })}
                sx={{ height: 8, borderRadius: 4 }}
              />
            )}
            <Typography variant="caption" role="status" color={state.phase === 'done' ? 'success.main' : 'text.secondary'} sx={{ display: 'block', overflowWrap: 'anywhere' }}>
              {running && (state.waiting ? translate('app.reports.waiting') : state.percent === null ? translate('app.reports.generating') : translate('app.reports.running', { percent: state.percent }))}
              {state.phase === 'done' && state.filename && translate('app.reports.saving', { filename: state.filename })}
            </Typography>
          </Box>
        </CardActions>
      </Box>
    </Card>
  );
}
