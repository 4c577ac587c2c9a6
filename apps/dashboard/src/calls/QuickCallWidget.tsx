import PhoneInTalkIcon from '@mui/icons-material/PhoneInTalk';
import { Alert, Box, Button, Card, CardContent, CardHeader, Chip, Stack, TextField, Typography } from '@mui/material';
import { CALL_CATEGORIES, callInputSchema, callOutcomesOf, type CallCategory, type CallOutcome } from '@outreach/domain/calls';
import { weekStart } from '@outreach/domain/common';
import { desktopOnly } from '../common/desktopOnly';
import { lazy, type ReactNode, Suspense, useEffect, useRef, useState } from 'react';
import { useCanAccess, useDataProvider, useGetOne, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { ProgramSummary } from '@outreach/domain/programs';
import { useCurrentProgram } from '../common/useCurrentProgram';
import type { CallView, CallWeekView } from '@outreach/domain/calls';
import { callWeekId } from './call';
import { isWidgetKey, quickEntryCommand, shortcutOf } from './quickEntry';
import { formatDateTime } from '../common/dates';
import { serverToday } from '../common/serverClock';

/** The call-back dialog, loaded when a call is logged 折り返し要 (the dashboard's first paint does not carry it). */
const CallBackDialog = lazy(() => import('../call-backs/CallBackDialog').then((m) => ({ default: m.CallBackDialog })));

/** How long the confirmation (and its undo) stays. */
const UNDO_MS = 10_000;
/** Colleagues log calls too: the counter follows the API this often. */
const COUNT_REFRESH_MS = 60_000;

/** The part of GET /api/call-weeks/:id the counter reads. */
type WeekCounts = Pick<CallWeekView, 'id' | 'total' | 'days'>;

/**
 * Quick entry for the operator on the phone: a category, then an outcome logs one call received now (two
 * clicks, or two key presses), with an undo for a few seconds. Shown to users who may log calls.
 */
export function QuickCallWidget() {
  const { canAccess } = useCanAccess({ resource: 'calls', action: 'create' });
  return canAccess ? <QuickCallForCurrentProgram /> : null;
}

/** Asks for the programs only once the user is known to log calls (others may not even list programs). */
function QuickCallForCurrentProgram() {
  const translate = useTranslate();
  const { program, programs, isPending } = useCurrentProgram();
  if (isPending) return null;
  // A user with several programs and no choice yet chooses on the overview below first.
  if (!program) return programs.length > 0 ? null : <Alert severity="info">{translate('app.common.noProgram')}</Alert>;
  return <QuickCallCard key={program.id} program={program} />;
}

function QuickCallCard({ program }: { program: ProgramSummary }) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider();
  const [picked, setPicked] = useState<CallCategory | null>(null);
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string>();
  const [pending, setPending] = useState(false);
  const [last, setLast] = useState<{ call: CallView; undone: boolean }>();
  // A call logged 折り返し要 asks whom to call back (issue 21 item 4): the dialog keeps it as a call-back task.
  const [callBackFor, setCallBackFor] = useState<{ callId: string; wanted: string }>();
  const { canAccess: keepsCallBacks } = useCanAccess({ resource: 'call-backs', action: 'create' });
  const busy = useRef(false);
  const outcomes = callOutcomesOf(program);

  const today = serverToday();
  const { data: week, refetch } = useGetOne<WeekCounts>(
    'call-weeks',
    { id: callWeekId(program.id, weekStart(today, program.weekStartsOn)) },
    { refetchInterval: COUNT_REFRESH_MS, retry: false },
  );
  const todayCount = week?.days.find((d) => d.date === today)?.total;

  useEffect(() => {
    if (!last) return;
    const timer = setTimeout(() => setLast(undefined), UNDO_MS);
    return () => clearTimeout(timer);
  }, [last]);

  const afterChange = () => {
    void refetch();
    refresh(); // the calls list below the widget, and any other view of the counts
  };

  const log = async (category: CallCategory, outcome: CallOutcome) => {
    if (busy.current) return;
    const text = note.trim();
    const checked = callInputSchema.shape.note.safeParse(text === '' ? undefined : text);
    if (!checked.success) {
      setNoteError(checked.error.issues[0]?.message);
      return;
    }
    busy.current = true;
    setPending(true);
    try {
      const { data } = await dataProvider.create<CallView>('calls', {
        data: { programId: program.id, category, outcome, ...(text === '' ? {} : { note: text }) },
      });
      setPicked(null);
      setNote('');
      setNoteError(undefined);
      setLast({ call: data, undone: false });
      if (outcome === 'callback_needed' && keepsCallBacks) setCallBackFor({ callId: data.id, wanted: text });
      afterChange();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      busy.current = false;
      setPending(false);
    }
  };

  const undo = async () => {
    if (!last || last.undone || busy.current) return;
    busy.current = true;
    try {
      await dataProvider.delete<CallView>('calls', { id: last.call.id, previousData: last.call });
      setLast({ call: last.call, undone: true });
      afterChange();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      busy.current = false;
    }
  };

  // The shortcuts work anywhere on the page except while typing in a field; the handler sees the latest state.
  const onKey = useRef<(event: KeyboardEvent) => void>(() => undefined);
  onKey.current = (event: KeyboardEvent) => {
    const target = event.target instanceof Element ? (event.target as HTMLElement) : null;
    const { key, altKey, ctrlKey, metaKey, isComposing } = event;
    if (!isWidgetKey({ key, altKey, ctrlKey, metaKey, isComposing, target })) return;
    const command = quickEntryCommand(event.key, picked, outcomes);
    if (!command) return;
    event.preventDefault();
    if (command.type === 'cancel') setPicked(null);
    else if (command.type === 'category') setPicked(command.category);
    else void log(command.category, command.outcome);
  };
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey.current(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  return (
    <Card component="section" aria-labelledby="quick-call-title">
      <CardHeader
        avatar={<PhoneInTalkIcon color="primary" />}
        title={
          <Typography id="quick-call-title" variant="h6" component="h2">
            {translate('app.calls.widget.title')}
          </Typography>
        }
        action={
          <Stack direction="row" spacing={2} aria-live="polite" sx={{ pr: 1, pt: 1 }}>
            <Counter label={translate('app.calls.widget.today')} value={todayCount} testId="calls-today-count" />
            <Counter label={translate('app.calls.widget.thisWeek')} value={week?.total} testId="calls-week-count" />
          </Stack>
        }
        sx={{ pb: 0, '& .MuiCardHeader-action': { alignSelf: 'center' } }}
      />
      <CardContent sx={{ display: 'grid', gap: 1.5 }}>
        <ButtonRow label={translate('app.calls.widget.category')}>
          {CALL_CATEGORIES.map((category, index) => (
            <ShortcutButton
              key={category}
              shortcut={shortcutOf(index)}
              label={translate(`app.calls.categories.${category}`)}
              selected={picked === category}
              disabled={pending}
              onClick={() => setPicked(picked === category ? null : category)}
            />
          ))}
        </ButtonRow>
        <ButtonRow label={translate('app.calls.widget.outcome')}>
          {outcomes.map((outcome, index) => (
            <ShortcutButton
              key={outcome}
              shortcut={shortcutOf(index)}
              label={translate(`app.calls.outcomes.${outcome}`)}
              disabled={picked === null || pending}
              onClick={() => picked && void log(picked, outcome)}
            />
          ))}
        </ButtonRow>
        <TextField
          size="small"
          label={translate('app.calls.widget.note')}
          value={note}
          onChange={(event) => {
            setNote(event.target.value);
            setNoteError(undefined);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') (event.target as HTMLElement).blur();
          }}
          error={noteError !== undefined}
          helperText={noteError ?? translate('app.calls.widget.noteHelp')}
          slotProps={{ htmlInput: { maxLength: 200 } }}
        />
        <Typography variant="caption" color="text.secondary" sx={picked ? undefined : desktopOnly}>
          {translate(picked ? 'app.calls.widget.hintOutcome' : 'app.calls.widget.hint', { last: shortcutOf(outcomes.length - 1) })}
        </Typography>
        <Box sx={{ minHeight: 48 }}>
          {last && (
            <Alert
              severity={last.undone ? 'info' : 'success'}
              role="status"
              action={
                last.undone ? undefined : (
                  <Button color="inherit" size="small" onClick={() => void undo()}>
                    {translate('app.calls.widget.undo')}
                  </Button>
                )
              }
            >
              {translate(last.undone ? 'app.calls.widget.undone' : 'app.calls.widget.logged', {
                category: translate(`app.calls.categories.${last.call.category}`),
                outcome: last.call.outcome ? translate(`app.calls.outcomes.${last.call.outcome}`) : '',
                time: formatDateTime(last.call.receivedAt).slice(-5),
              })}
              {!last.undone && last.call.outsideHours && (
                <Chip size="small" color="warning" variant="outlined" label={translate('app.calls.flags.outsideHours')} sx={{ ml: 1 }} />
              )}
            </Alert>
          )}
        </Box>
      </CardContent>
      {callBackFor && (
        <Suspense fallback={null}>
          <CallBackDialog programId={program.id} draft={{ callerName: '', phone: '', wanted: callBackFor.wanted, kind: 'home' }} sourceCallId={callBackFor.callId} onClose={() => setCallBackFor(undefined)} />
        </Suspense>
      )}
    </Card>
  );
}

function Counter({ label, value, testId }: { label: string; value: number | undefined; testId: string }) {
  return (
    <Box sx={{ textAlign: 'right' }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {label}
      </Typography>
      <Typography variant="h5" component="div" sx={{ lineHeight: 1.1 }}>
        <span data-testid={testId}>{value ?? '—'}</span>
        <Typography component="span" variant="body2" sx={{ ml: 0.25 }}>
          件
        </Typography>
      </Typography>
    </Box>
  );
}

function ButtonRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box role="group" aria-label={label} sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
      <Typography variant="body2" color="text.secondary" sx={{ width: '3em', flexShrink: 0 }}>
        {label}
      </Typography>
      {children}
    </Box>
  );
}

interface ShortcutButtonProps {
  shortcut: string;
  label: string;
  /** For toggles (the category): whether it is the one picked. */
  selected?: boolean;
  disabled?: boolean;
  onClick: () => void;
}

/**
 * A button whose key is shown on it (and told to assistive technology through aria-keyshortcuts). Its name is its
 * visible label: the key's badge is hidden from assistive technology, so the name is the label alone.
 */
function ShortcutButton({ shortcut, label, selected, disabled, onClick }: ShortcutButtonProps) {
  return (
    <Button
      variant={selected ? 'contained' : 'outlined'}
      aria-keyshortcuts={shortcut}
      aria-pressed={selected}
      disabled={disabled}
      onClick={onClick}
      sx={{ minHeight: 40 }}
      startIcon={
        <Box
          component="kbd"
          aria-hidden
          sx={{
            fontFamily: 'monospace',
            fontSize: '0.75rem',
            lineHeight: 1,
            px: 0.6,
            py: 0.3,
            border: 1,
            borderRadius: 0.5,
            borderColor: 'currentColor',
            opacity: 0.8,
          }}
        >
          {shortcut}
        </Box>
      }
    >
      {label}
    </Button>
  );
}
