import { keepPreviousData, useQuery } from '@tanstack/react-query';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { Alert, Box, IconButton, Tooltip, Typography } from '@mui/material';
import { addDays, formatMonthDayWithWeekday } from '@outreach/domain/common';
import { memo, useMemo } from 'react';
import { useTranslate } from 'react-admin';
import { type WeekCell, weekGrid, weekdaysOf } from './weekGrid';
import { useBookingT } from './useBookingT';
import { QUERY_ONCE, useAppDataProvider } from '../providers/dataProvider';
import { errorMessage } from '../providers/http';

/**
 * The visit days of one week, Monday to Friday, morning and afternoon: free and taken positions, pre-meetings,
 * holidays and closed days; the offer being proposed is outlined. ‹ › page by week.
 */
function WeekViewView({
  programId,
  monday,
  onMonday,
  selected,
  refreshKey = 0,
}: {
  programId: string;
  monday: string;
  onMonday: (monday: string) => void;
  selected?: { date: string; positions: readonly string[] };
  refreshKey?: number;
}) {
  const t = useBookingT();
  const translate = useTranslate();
  const days = weekdaysOf(monday);
  const dataProvider = useAppDataProvider();
  const loaded = useQuery({
    queryKey: ['programs', programId, 'availability', monday, refreshKey],
    queryFn: () => dataProvider.availability(programId, days[0], days[4]),
    placeholderData: keepPreviousData,
    ...QUERY_ONCE,
  });
  const columns = useMemo(() => weekGrid(loaded.data ?? [], monday, selected), [loaded.data, monday, selected]);

  return (
    <Box component="section" aria-labelledby="bk-week-heading" data-testid="week-view">
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
        <Typography id="bk-week-heading" variant="subtitle2" component="h2" sx={{ fontWeight: 700, mr: 'auto' }}>
          {t('week.title', { from: formatMonthDayWithWeekday(days[0]), to: formatMonthDayWithWeekday(days[4]) })}
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
              <Cell key={c.date} cell={c.cells[row]} closed={c.closed} />
            ))}
          </Box>
        ))}
      </Box>
      <Legend />
    </Box>
  );
}

/** Read by screen readers, not shown: the colour says it on screen. */
const visuallyHidden = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' } as const;

const FREE = { border: '1px solid', borderColor: 'success.main', color: 'success.dark', bgcolor: 'background.paper' };
const TAKEN = { border: '1px solid', borderColor: 'grey.400', color: 'text.secondary', bgcolor: 'grey.200' };
const SELECTED = { border: '2px solid', borderColor: 'primary.main', color: 'primary.contrastText', bgcolor: 'primary.main' };

function Cell({ cell, closed }: { cell: WeekCell; closed: string | null }) {
  const t = useBookingT();
  const base = { minHeight: 44, p: '2px', borderRadius: 0.5, display: 'grid', gap: '2px', alignContent: 'start' } as const;
  if (cell.state === 'closed') {
    return (
      <Box role="cell" sx={{ ...base, bgcolor: 'grey.100', color: 'text.disabled', textAlign: 'center' }} title={closed ?? undefined}>
        {t('week.closed')}
      </Box>
    );
  }
  if (cell.state === 'none') {
    return (
      <Box role="cell" sx={{ ...base, color: 'text.disabled', textAlign: 'center' }}>
        {t('week.none')}
      </Box>
    );
  }
  if (cell.state === 'pre_meeting') {
    return (
      <Box role="cell" sx={{ ...base, bgcolor: 'warning.light', color: 'warning.contrastText', textAlign: 'center', fontWeight: 700 }}>
        {t('week.preMeeting')}
      </Box>
    );
  }
  return (
    <Box role="cell" sx={base}>
      {cell.positions.map((p) => {
        const state = p.selected ? t('week.selected') : p.taken ? t('week.taken') : t('week.free');
        return (
          <Box
            key={p.position}
            component="span"
            title={`${p.label} ${state}`}
            data-state={p.selected ? 'selected' : p.taken ? 'taken' : 'free'}
            sx={{ ...(p.selected ? SELECTED : p.taken ? TAKEN : FREE), borderRadius: 0.5, px: 0.25, lineHeight: 1.25, wordBreak: 'keep-all', overflowWrap: 'anywhere' }}
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
      {item(FREE, t('week.free'))}
      {item(TAKEN, t('week.taken'))}
      {item(SELECTED, t('week.selected'))}
      {item({ bgcolor: 'warning.light' }, t('week.preMeeting'))}
      {item({ bgcolor: 'grey.100' }, t('week.closed'))}
    </Box>
  );
}

export const WeekView = memo(WeekViewView) as typeof WeekViewView;
