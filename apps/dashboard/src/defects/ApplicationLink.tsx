import { Alert, Box, Button, Card, CardContent, List, ListItemButton, ListItemText, Typography } from '@mui/material';
import { useMutation, useQuery } from '@tanstack/react-query';
import { type ApplicationView, SEX_LABELS } from '@outreach/domain/applications';
import { useState } from 'react';
import { useCanAccess, useInput, useTranslate } from 'react-admin';
import { formatDate } from '../common/dates';
import { SearchTermBox } from '../common/SearchTermBox';
import { QUERY_ONCE, useAppDataProvider } from '../providers/dataProvider';
import { errorMessage } from '../providers/http';
import { useMe } from '../providers/me';
import { applicationLine } from './defectForm';

/**
 * The defect's application (issue 19 item 4): chosen by searching the register (the term in a POST body, the API
 * records the search and each application shown), and shown as whom to call. Those who may not see applicants'
 * personal data see only that it is linked.
 */
export function ApplicationLinkInput({ programId }: { programId: string }) {
  const translate = useTranslate();
  const { field } = useInput({ source: 'applicationId' });
  const { canAccess: readsPersonal = false } = useCanAccess({ resource: 'bookings', action: 'personal' });
  // The register's personal fields are the vendor's (the city receives them by the hand-over).
  const { me } = useMe();
  const personal = readsPersonal && me?.organization.kind === 'vendor';
  const dataProvider = useAppDataProvider();
  const [q, setQ] = useState('');
  const search = useMutation({ mutationFn: (term: string) => dataProvider.searchApplications(programId, term) });
  const linked = typeof field.value === 'string' && field.value !== '' ? field.value : null;

  return (
    <Box sx={{ display: 'grid', gap: 1, width: '100%', maxWidth: 640, mb: 2 }}>
      {linked ? <WhomToCall programId={programId} applicationId={linked} /> : <Typography variant="body2" color="text.secondary">{translate('app.defects.applicationNotLinked')}</Typography>}
      {linked && (
        <Box>
          <Button size="small" onClick={() => field.onChange(null)}>
            {translate('app.defects.applicationUnlink')}
          </Button>
        </Box>
      )}
      {personal && (
        <Box role="search">
          <SearchTermBox
            label={translate('app.defects.applicationSearch')}
            value={q}
            onChange={(value) => {
              setQ(value);
              search.reset();
            }}
            error={search.isError}
            helperText={search.isError ? errorMessage(search.error) : translate('app.defects.applicationSearchHint')}
            pending={search.isPending}
            submitLabel={translate('app.defects.applicationSearchSubmit')}
            name="application-search"
            onSearch={() => q.trim() && search.mutate(q)}
          />
        </Box>
      )}
      {search.data && search.data.length === 0 && <Alert severity="info">{translate('app.defects.applicationNone')}</Alert>}
      {search.data && search.data.length > 0 && (
        <List dense aria-label={translate('app.defects.applicationSearch')} sx={{ bgcolor: 'background.paper', borderRadius: 1 }}>
          {search.data.map((a) => (
            <ListItemButton
              key={a.id}
              selected={a.id === linked}
              onClick={() => {
                field.onChange(a.id);
                search.reset();
              }}
            >
              <ListItemText primary={applicationLine(a)} secondary={`${formatDate(a.date)}\u3000${translate('app.defects.applicationPick')}`} />
            </ListItemButton>
          ))}
        </List>
      )}
    </Box>
  );
}

/** Whom to call: the linked application's name, kana, date of birth, address and 申請書ID, as the register allows. */
export function WhomToCall({ programId, applicationId }: { programId: string; applicationId: string }) {
  const translate = useTranslate();
  const dataProvider = useAppDataProvider();
  const app = useQuery({ queryKey: ['programs', programId, 'applications', applicationId], queryFn: () => dataProvider.application(programId, applicationId), ...QUERY_ONCE });
  if (app.isError) return <Alert severity="error">{errorMessage(app.error)}</Alert>;
  if (!app.data) return null;
  const a: ApplicationView = app.data;
  const p = a.personal;
  return (
    <Card variant="outlined" aria-label={translate('app.defects.whomToCall')}>
      <CardContent sx={{ display: 'grid', gap: 0.5 }}>
        <Typography variant="subtitle2">{translate('app.defects.whomToCall')}</Typography>
        {p ? (
          <>
            <Typography variant="body1">
              {p.name}（{p.kana}）
            </Typography>
            <Typography variant="body2">
              {formatDate(p.dateOfBirth)}
              {p.sex ? `・${SEX_LABELS[p.sex]}` : ''}
              {'\u3000'}
              {p.address}
            </Typography>
            <Typography variant="body2" sx={{ wordBreak: 'break-all' }}>
              {translate('app.defects.formId')} {p.applicationFormId}
              {'\u3000'}
              {formatDate(a.date)}
            </Typography>
            <Typography variant="caption" color="text.secondary">
              {translate('app.defects.noPhone')}
            </Typography>
          </>
        ) : (
          <Typography variant="body2" color="text.secondary">
            {translate(a.personalDataDeletedAt ? 'app.defects.whomToCallDeleted' : 'app.defects.whomToCallHidden')}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
}
