import { keepPreviousData, useQuery } from '@tanstack/react-query';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { Alert, Box, Button, IconButton, Tooltip, Typography } from '@mui/material';
import { type AvailabilityRequest, halfLabel, type OverridableRule } from '@outreach/domain/bookings';
import { addDays } from '@outreach/domain/common';
import { memo, useMemo, useState } from 'react';
import { useTranslate } from 'react-admin';
import { takeable, type WeekCell, type WeekPosition, weekGrid, weekdaysOf } from './weekGrid';
import { useBookingT } from './useBookingT';
import { QUERY_ONCE, useAppDataProvider } from '../providers/dataProvider';
import { errorMessage } from '../providers/http';
import { visuallyHidden } from '../common/visuallyHidden';
import { formatMonthDay } from '../common/dates';

type Exception = Partial<Record<OverridableRule, boolean>>;
/** What the operator clicked, and what the rules say of it. */
interface Picked {
  date: string;
  half: 'am' | 'pm';
  label: string;
  reason: string;
  position?: WeekPosition;
}

/**
 * The visit days of one week, Monday to Friday, morning and afternoon, each position judged for the caller's request
 * by the slot finder's rules: bookable, taken, booked later in visiting order, or refused — and clicking any position
 * or cell says why (never nothing). A bookable one is picked for the caller; one refused only for the lead time is
 * offered to a manager with the override, in place. ‹ › page by week.
 */
function WeekViewView({
  programId,
  monday,
  onMonday,
  selected,
  refreshKey = 0,
  request,
  exception,
  canOverride = false,
  onPick,
  onOverride,
}: {
  programId: string;
  monday: string;
  onMonday: (monday: string) => void;
  selected?: { date: string; positions: readonly string[] };
  refreshKey?: number;
  /** The caller's request as far as the rules need it (kind, applicants, district). */
  request?: AvailabilityRequest;
  /** The manager's overrides now on. */
  exception?: Exception;
  canOverride?: boolean;
  onPick?: (pick: { date: string; half: 'am' | 'pm' }) => void;
  /** A manager sets the override aside in place for the clicked position (then it is picked). */
  onOverride?: (rules: OverridableRule[], at: { date: string; half: 'am' | 'pm' }) => void;
}) {
  const t = useBookingT();
  const translate = useTranslate();
  const days = weekdaysOf(monday);
  const dataProvider = useAppDataProvider();
  const loaded = useQuery({
    queryKey: ['programs', programId, 'availability', monday, refreshKey, request?.kind, request?.plannedApplications, request?.district],
    queryFn: () => dataProvider.availability(programId, days[0], days[4], request),
    placeholderData: keepPreviousData,
    ...QUERY_ONCE,
  });
  const columns = useMemo(() => weekGrid(loaded.data ?? [], monday, selected), [loaded.data, monday, selected]);
  const [picked, setPicked] = useState<Picked>();
  const pick = (date: string, cell: WeekCell, position?: WeekPosition) => {
    setPicked({ date, half: cell.half, label: position?.label ?? '', reason: position?.reason ?? cell.reason ?? '', position });
    if (position && takeable(position, exception)) onPick?.({ date, half: cell.half });
  };

  return (
    <Box component="section" aria-labelledby="bk-week-heading" data-testid="week-view">
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
        <Typography id="bk-week-heading" variant="subtitle2" component="h2" sx={{ fontWeight: 700, mr: 'auto' }}>
          {t('week.title', { from: formatMonthDay(days[0]), to: formatMonthDay(days[4]) })}
        </Typography>
        <Tooltip title={t('week.previous')}>
          <IconButton size="small" aria-label={t('week.previous')} onClick={() => onMonday(addDays(monday, -7))}>
            <ChevronLeftIcon />
          </IconButton>
        </Tooltip>
        <Tooltip title={t('week.next')}>
          <IconButton size="small" aria-label={t('week.next')} onClick={() => onMonday(addDays(monday, 7))}>
            <ChevronRightIcon />
          </IconButton>
        </Tooltip>
      </Box>
      {loaded.error ? <Alert severity="error">{translate(errorMessage(loaded.error))}</Alert> : null}
      <Box
        role="table"
        aria-labelledby="bk-week-heading"
        sx={{ display: 'grid', gridTemplateColumns: '2.5em repeat(5, minmax(0, 1fr))', gap: '2px', fontSize: '0.75rem', opacity: loaded.isPending ? 0.6 : 1 }}
      >
        <Box role="row" sx={{ display: 'contents' }}>
          <Box role="columnheader" />
          {columns.map((c) => (
            <Box role="columnheader" key={c.date} sx={{ textAlign: 'center', fontWeight: 700, lineHeight: 1.3 }}>
              {c.label}
              <Box component="span" sx={{ display: 'block', fontWeight: 400, color: 'text.secondary' }}>
                {c.holiday ?? (c.visitKind ? t(`week.kinds.${c.visitKind}`) : '\u00a0')}
              </Box>
            </Box>
          ))}
        </Box>
        {(['am', 'pm'] as const).map((half, row) => (
          <Box role="row" key={half} sx={{ display: 'contents' }}>
            <Box role="rowheader" sx={{ fontWeight: 700, alignSelf: 'center' }}>
              {t(`halves.${half}`)}
            </Box>
            {columns.map((c) => (
              <Cell key={c.date} cell={c.cells[row]} closed={c.closed} exception={exception} onClick={(position) => pick(c.date, c.cells[row], position)} />
            ))}
          </Box>
        ))}
      </Box>
      {picked && <Reason picked={picked} exception={exception} canOverride={canOverride} onOverride={onOverride} />}
      <Legend />
    </Box>
  );
}

/** What the rules say of the clicked position, and for a manager the override in place. */
function Reason({ picked, exception, canOverride, onOverride }: { picked: Picked; exception?: Exception; canOverride: boolean; onOverride?: (rules: OverridableRule[], at: { date: string; half: 'am' | 'pm' }) => void }) {
  const t = useBookingT();
  const p = picked.position;
  const ok = p ? takeable(p, exception) : false;
  const liftable = p?.state === 'blocked' && p.overrides.length > 0 && !ok;
  return (
    <Alert
      severity={ok ? 'success' : p?.state === 'taken' ? 'info' : 'warning'}
      data-testid="week-reason"
      role="status"
      sx={{ mt: 0.5 }}
      action={
        liftable && canOverride && onOverride ? (
          <Button color="inherit" size="small" onClick={() => onOverride(p.overrides, { date: picked.date, half: picked.half })}>
            {t('week.override')}
          </Button>
        ) : undefined
      }
    >
      {`${formatMonthDay(picked.date)} ${halfLabel(picked.half)}${picked.label ? ` ${picked.label}` : ''}：${ok && p?.state === 'blocked' ? t('week.overridden') : picked.reason}`}
      {liftable && !canOverride ? `（${t('week.managerMay')}）` : ''}
    </Alert>
  );
}

const FREE = { border: '1px solid', borderColor: 'success.main', color: 'success.dark', bgcolor: 'background.paper' };
const TAKEN = { border: '1px solid', borderColor: 'grey.400', color: 'text.secondary', bgcolor: 'grey.200' };
const SELECTED = { border: '2px solid', borderColor: 'primary.main', color: 'primary.contrastText', bgcolor: 'primary.main' };

const LATER = { border: '1px dashed', borderColor: 'success.main', color: 'success.dark', bgcolor: 'background.paper' };
const BLOCKED = { border: '1px dashed', borderColor: 'grey.400', color: 'text.secondary', bgcolor: 'background.paper', textDecoration: 'line-through' };
const OVERRIDE = { border: '1px solid', borderColor: 'warning.main', color: 'warning.dark', bgcolor: 'background.paper' };
const STYLE = { bookable: FREE, taken: TAKEN, later: LATER, blocked: BLOCKED, override: OVERRIDE, selected: SELECTED } as const;

const clickable = { cursor: 'pointer', font: 'inherit', textAlign: 'center', width: '100%' } as const;

function Cell({ cell, closed, exception, onClick }: { cell: WeekCell; closed: string | null; exception?: Exception; onClick: (position?: WeekPosition) => void }) {
  const t = useBookingT();
  const base = { minHeight: 44, p: '2px', borderRadius: 0.5, display: 'grid', gap: '2px', alignContent: 'start' } as const;
  if (cell.state !== 'open') {
    const look =
      cell.state === 'closed'
        ? { bgcolor: 'grey.100', color: 'text.secondary' }
        : cell.state === 'pre_meeting'
          ? { bgcolor: 'warning.light', color: 'warning.contrastText', fontWeight: 700 }
          : { bgcolor: 'transparent', color: 'text.secondary' };
    const label = cell.state === 'closed' ? t('week.closed') : cell.state === 'pre_meeting' ? t('week.preMeeting') : t('week.none');
    return (
      <Box role="cell" sx={base}>
        <Box component="button" type="button" title={closed ?? cell.reason ?? undefined} onClick={() => onClick()} sx={{ ...clickable, ...look, border: 0, borderRadius: 0.5, minHeight: 40 }}>
          {label}
        </Box>
      </Box>
    );
  }
  return (
    <Box role="cell" sx={base}>
      {cell.positions.map((p) => {
        const look = p.selected ? 'selected' : p.state === 'blocked' && takeable(p, exception) ? 'override' : p.state;
        const state = t(`week.states.${look}`);
        return (
          <Box
            key={p.position}
            component="button"
            type="button"
            title={`${p.label} ${state}：${p.reason}`}
            aria-label={`${p.label} ${state}`}
            data-state={look}
            onClick={() => onClick(p)}
            sx={{ ...clickable, ...STYLE[look], borderRadius: 0.5, px: 0.25, lineHeight: 1.25, wordBreak: 'keep-all', overflowWrap: 'anywhere' }}
          >
            {p.label}
            <Box component="span" sx={visuallyHidden}>
              {` ${state}`}
            </Box>
          </Box>
        );
      })}
    </Box>
  );
}

function Legend() {
  const t = useBookingT();
  const item = (sx: object, label: string) => (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
      <Box component="span" sx={{ ...sx, width: 12, height: 12, borderRadius: 0.5, display: 'inline-block' }} />
      {label}
    </Box>
  );
  return (
    <Box sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap', mt: 0.5, fontSize: '0.75rem', color: 'text.secondary' }}>
      {item(FREE, t('week.states.bookable'))}
      {item(LATER, t('week.states.later'))}
      {item(BLOCKED, t('week.states.blocked'))}
      {item(TAKEN, t('week.states.taken'))}
      {item(SELECTED, t('week.states.selected'))}
      {item({ bgcolor: 'warning.light' }, t('week.preMeeting'))}
      {item({ bgcolor: 'grey.100' }, t('week.closed'))}
    </Box>
  );
}

export const WeekView = memo(WeekViewView) as typeof WeekViewView;
