import { Alert, Box, Button, Card, CardContent, Chip, FormHelperText, TextField, Typography } from '@mui/material';
import { REGISTER_COUNT_FIELDS, type RegisterCounts } from '@outreach/domain/applications';
import { memo } from 'react';
import { useTranslate } from 'react-admin';
import { CountField } from './CountField';
import { COUNT_FIELDS, COUNT_GROUPS, type CountGroup, countsFromRegister, groupTotal, type SessionDraft, textVisible } from './countsModel';
import type { SessionView } from '@outreach/domain/sessions';
import type { CountField as CountFieldName, CountTextField } from './report';

interface SessionBlockProps {
  index: number;
  session: SessionView;
  draft: SessionDraft;
  /** Messages per field: the live checks, then the API's after 提出. */
  errors: Record<string, string>;
  /** The applicant register's counts, when the session has applications in it (issue 19 item 2). */
  register?: RegisterCounts;
  readOnly: boolean;
  onCount: (sessionId: string, field: CountFieldName, value: number | ((previous: number) => number)) => void;
  onText: (sessionId: string, field: CountTextField, value: string) => void;
}

/** What a session is called in messages and headings: 個人宅訪問・中央地区 10:00〜. */
export function sessionLabel(translate: (key: string, options?: Record<string, unknown>) => string, session: Pick<SessionView, 'serviceKind' | 'place' | 'startTime' | 'endTime'>): string {
  const kind = translate(`app.sessions.serviceKinds.${session.serviceKind}`);
  const title = translate('app.dailyReports.sessionTitle', { kind, place: session.place });
  return session.startTime ? `${title} ${session.startTime}〜${session.endTime ?? ''}` : title;
}

const KNOWN = new Set<string>([...COUNT_FIELDS, ...COUNT_GROUPS.flatMap((g) => g.texts)]);

/** One held session of the day: its place, kind and time, then its counts in the groups of the paper form. */
export const SessionBlock = memo(function SessionBlock({ index, session, draft, errors, register, readOnly, onCount, onText }: SessionBlockProps) {
  const translate = useTranslate();
  const label = sessionLabel(translate, session);
  const headingId = `session-${session.id}-title`;
  const unplaced = Object.entries(errors).filter(([field]) => !KNOWN.has(field));
  return (
    <Card component="section" aria-labelledby={headingId} variant="outlined" data-testid={`session-block-${index}`}>
      <CardContent sx={{ display: 'grid', gap: 1.5 }}>
        <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1, flexWrap: 'wrap' }}>
          <Typography id={headingId} component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
            {index + 1}. {label}
          </Typography>
          <Chip size="small" variant="outlined" label={translate(`app.sessions.methods.${session.method}`)} />
        </Box>
        {register && (
          <RegisterNote register={register} differs={REGISTER_COUNT_FIELDS.some((f) => draft[f] !== register[f])} readOnly={readOnly} onUse={() => countsFromRegister(register).forEach(([f, v]) => onCount(session.id, f, v))} />
        )}
        {unplaced.map(([field, message]) => (
          <Alert key={field} severity="error">
            {message}
          </Alert>
        ))}
        {/* Small groups sit side by side (申請 on its own, then うち・相談・顔写真, …): a block fits a screen. */}
        <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 4, rowGap: 2 }}>
          {COUNT_GROUPS.map((group) => (
            <Group key={group.key} group={group} session={session} draft={draft} errors={errors} readOnly={readOnly} onCount={onCount} onText={onText} />
          ))}
        </Box>
      </CardContent>
    </Card>
  );
});

/** The register's figures for this session: they agree, or one button takes them over. */
function RegisterNote({ register, differs, readOnly, onUse }: { register: RegisterCounts; differs: boolean; readOnly: boolean; onUse: () => void }) {
  const translate = useTranslate();
  const apps = register.applicationsNew + register.applicationsRenewal + register.applicationsReissueLost + register.applicationsReissueDamaged + register.applicationsReissueOther;
  return (
    <Alert
      severity={differs ? 'warning' : 'success'}
      action={
        differs && !readOnly ? (
          <Button color="inherit" size="small" onClick={onUse}>
            {translate('app.dailyReports.useRegister')}
          </Button>
        ) : undefined
      }
    >
      {translate(differs ? 'app.dailyReports.registerDiffers' : 'app.dailyReports.registerAgrees', { apps })}
    </Alert>
  );
}

function Group({ group, session, draft, errors, readOnly, onCount, onText }: { group: CountGroup } & Omit<SessionBlockProps, 'index'>) {
  const translate = useTranslate();
  const base = `s${session.id}-${group.key}`;
  const countErrors = group.counts.filter((f) => errors[f]);
  const texts = group.texts.filter((f) => textVisible(draft, f));
  const legendId = `${base}-legend`;
  return (
    <Box
      component="fieldset"
      aria-labelledby={legendId}
      sx={{ border: 0, m: 0, p: 0, minWidth: 0, flex: group.counts.length === 0 ? '1 1 100%' : '0 1 auto', maxWidth: '100%' }}
    >
      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1, mb: 0.75 }}>
        <Typography id={legendId} component="span" variant="body2" color="text.secondary" sx={{ fontWeight: 600 }}>
          {translate(`app.dailyReports.groups.${group.key}`)}
        </Typography>
        {group.total && (
          <Typography variant="body2" aria-live="polite" data-testid={`applications-total-${session.id}`} sx={{ fontWeight: 600 }}>
            {translate('app.dailyReports.total', { count: groupTotal(draft, group) })}
          </Typography>
        )}
      </Box>
      {group.counts.length > 0 && (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5 }}>
          {group.counts.map((field) => (
            <CountField
              key={field}
              id={`${base}-${field}`}
              label={translate(`app.dailyReports.counts.${field}`)}
              value={draft[field]}
              onChange={(value) => onCount(session.id, field, value)}
              error={errors[field]}
              errorId={`${base}-${field}-error`}
              readOnly={readOnly}
            />
          ))}
        </Box>
      )}
      {countErrors.map((field) => (
        <FormHelperText key={field} id={`${base}-${field}-error`} error role="alert" sx={{ mx: 0 }}>
          {errors[field]}
        </FormHelperText>
      ))}
      {texts.length > 0 && (
        <Box
          sx={{ display: 'grid', gap: 1.5, mt: group.counts.length > 0 ? 1.5 : 0, minWidth: { sm: 300 }, gridTemplateColumns: { xs: '1fr', md: texts.length > 1 ? '1fr 1fr' : '1fr' } }}
        >
          {texts.map((field) => (
            <TextField
              key={field}
              id={`${base}-${field}`}
              label={translate(`app.dailyReports.counts.${field}`)}
              size="small"
              multiline
              minRows={1}
              value={draft[field]}
              onChange={(event) => onText(session.id, field, event.target.value)}
              error={errors[field] !== undefined}
              helperText={errors[field]}
              slotProps={{ htmlInput: { readOnly } }}
            />
          ))}
        </Box>
      )}
    </Box>
  );
}
