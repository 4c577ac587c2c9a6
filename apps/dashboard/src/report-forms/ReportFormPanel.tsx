import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import { Alert, Box, Button, Card, CardContent, Checkbox, Chip, FormControlLabel, IconButton, List, ListItem, Radio, RadioGroup, Stack, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { ProgramView } from '@outreach/domain/programs';
import { PERIOD_REPORT_KIND_LABELS_JA, type ReportFormView } from '@outreach/domain/reports';
import { useState } from 'react';
import { useCanAccess, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { QUERY_ONCE, useAppDataProvider } from '../providers/dataProvider';
import { errorMessage, fieldErrorsOf } from '../providers/http';
import { draftOf, moveSheet, type ReportFormDraft, toBody, toggleSheet } from './reportForm';

/** 報告書の様式 (issue 20 item 4): the agreed form of each period report; the city's admin edits it, everyone else reads it. */
export function ReportFormPanel() {
  const record = useRecordContext<ProgramView>();
  const translate = useTranslate();
  const dataProvider = useAppDataProvider();
  const { canAccess } = useCanAccess({ resource: 'programs', action: 'reportForm' });
  const forms = useQuery({ queryKey: ['programs', record?.id, 'report-forms'], queryFn: () => dataProvider.reportForms(record!.id), enabled: !!record, ...QUERY_ONCE });
  if (!record) return null;
  if (forms.error) return <Alert severity="error">{translate(errorMessage(forms.error))}</Alert>;
  if (!forms.data) return null;
  return (
    <Stack spacing={2}>
      <Typography variant="body2" color="text.secondary">
        {translate('app.reportForms.hint')}
      </Typography>
      {!canAccess && <Alert severity="info">{translate('app.reportForms.readOnly')}</Alert>}
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'repeat(2, minmax(0, 1fr))' }, alignItems: 'start' }}>
        {forms.data.map((form) => (
          <FormCard key={`${form.kind}:${form.updatedAt ?? ''}`} programId={record.id} form={form} editable={!!canAccess} onSaved={() => void forms.refetch()} />
        ))}
      </Box>
    </Stack>
  );
}

function FormCard({ programId, form, editable, onSaved }: { programId: string; form: ReportFormView; editable: boolean; onSaved: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useAppDataProvider();
  const [draft, setDraft] = useState<ReportFormDraft>(() => draftOf(form));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const headingId = `report-form-${form.kind}`;
  const kind = translate(`app.reportForms.kinds.${form.kind}`);

  const save = async () => {
    setSaving(true);
    try {
      await dataProvider.saveReportForm(programId, toBody(draft));
      setErrors({});
      notify('app.reportForms.saved', { type: 'success', messageArgs: { kind } });
      onSaved();
    } catch (error) {
      setErrors(fieldErrorsOf(error) ?? {});
      notify(errorMessage(error), { type: 'error' });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card variant="outlined" component="section" aria-labelledby={headingId} data-testid={`report-form-${form.kind}`}>
      <CardContent>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1, flexWrap: 'wrap' }}>
          <Typography id={headingId} variant="subtitle1" component="h2" sx={{ fontWeight: 700 }}>
            {kind}
          </Typography>
          <Chip size="small" variant="outlined" label={translate(form.isDefault ? 'app.reportForms.usual' : 'app.reportForms.custom')} />
        </Stack>
        <Typography variant="body2" component="h3" color="text.secondary">
          {translate('app.reportForms.sheets')}
        </Typography>
        <List dense aria-label={translate('app.reportForms.sheets')}>
          {draft.rows.map((row, i) => (
            <ListItem
              key={row.key}
              disableGutters
              data-testid="report-form-sheet"
              secondaryAction={
                editable && (
                  <>
                    <IconButton size="small" aria-label={translate('app.reportForms.up', { sheet: row.label })} disabled={i === 0} onClick={() => setDraft(moveSheet(draft, i, -1))}>
                      <ArrowUpwardIcon fontSize="small" />
                    </IconButton>
                    <IconButton size="small" aria-label={translate('app.reportForms.down', { sheet: row.label })} disabled={i === draft.rows.length - 1} onClick={() => setDraft(moveSheet(draft, i, 1))}>
                      <ArrowDownwardIcon fontSize="small" />
                    </IconButton>
                  </>
                )
              }
            >
              <FormControlLabel control={<Checkbox size="small" checked={row.included} disabled={!editable} onChange={() => setDraft(toggleSheet(draft, row.key))} />} label={row.label} />
            </ListItem>
          ))}
        </List>
        {errors.sheets && (
          <Alert severity="error" sx={{ mb: 1 }}>
            {errors.sheets}
          </Alert>
        )}
        <Typography variant="body2" component="h3" color="text.secondary" id={`${headingId}-era`}>
          {translate('app.reportForms.eraStyle')}
        </Typography>
        <RadioGroup row aria-labelledby={`${headingId}-era`} value={draft.eraStyle} onChange={(e) => setDraft({ ...draft, eraStyle: e.target.value as ReportFormDraft['eraStyle'] })}>
          {(['wareki', 'seireki'] as const).map((style) => (
            <FormControlLabel key={style} value={style} disabled={!editable} control={<Radio size="small" />} label={translate(`app.reportForms.eraStyles.${style}`)} />
          ))}
        </RadioGroup>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <TextField
            size="small"
            label={translate('app.reportForms.title', { usual: PERIOD_REPORT_KIND_LABELS_JA[form.kind] })}
            value={draft.title}
            disabled={!editable}
            error={!!errors.title}
            helperText={errors.title}
            onChange={(e) => setDraft({ ...draft, title: e.target.value })}
          />
          <TextField
            size="small"
            label={translate('app.reportForms.documentNumber')}
            value={draft.documentNumber}
            disabled={!editable}
            error={!!errors.documentNumber}
            helperText={errors.documentNumber}
            onChange={(e) => setDraft({ ...draft, documentNumber: e.target.value })}
          />
          {editable && (
            <Box>
              <Button variant="contained" disabled={saving} onClick={() => void save()}>
                {translate('app.reportForms.save')}
              </Button>
            </Box>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
}
