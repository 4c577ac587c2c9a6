import { booksVisits, summarizeVisitDays } from '@outreach/domain/programs';
import AutoFixHighIcon from '@mui/icons-material/AutoFixHigh';
import { Alert, Box, Button as MuiButton, ButtonBase, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { QUERY_ONCE, useAppDataProvider } from '../providers/dataProvider';
import { errorMessage } from '../providers/http';
import { dayAriaLabel, describeDay, isAddable, monthGrid, periodMonths, type CalendarContext, type CalendarDay } from './calendar';
import { KIND_STYLE } from './kind-style';
import { weekdayOrder } from './labels';
import type { ProgramView } from '@outreach/domain/programs';
import { ProposalDialog } from './ProposalDialog';
import { VisitDayDialog } from './VisitDayDialog';
import { formatOfficialMonth } from '../common/dates';

const visuallyHidden = {
  border: 0,
  clip: 'rect(0 0 0 0)',
  height: '1px',
  margin: '-1px',
  overflow: 'hidden',
  padding: 0,
  position: 'absolute',
  whiteSpace: 'nowrap',
  width: '1px',
} as const;

/** 実施予定日: the period month by month, holidays and closed days marked; calendar managers edit it in place. */
export function VisitCalendarPanel() {
  const record = useRecordContext<ProgramView>();
  return record ? <ProgramCalendar program={record} /> : null;
}

function ProgramCalendar({ program }: { program: ProgramView }) {
  const translate = useTranslate();
  const { canAccess: canManage = false } = useCanAccess({ resource: 'programs', action: 'calendar' });
  const dataProvider = useAppDataProvider();
  const visitDays = useQuery({ queryKey: ['programs', program.id, 'visit-days'], queryFn: () => dataProvider.visitDays(program.id), ...QUERY_ONCE });
  const [selected, setSelected] = useState<CalendarDay>();
  const [proposing, setProposing] = useState(false);
  const days = useMemo(() => visitDays.data ?? [], [visitDays.data]);
  const context: CalendarContext = useMemo(
    () => ({
      periodStart: program.periods.visits.start,
      periodEnd: program.periods.visits.end,
      workingHours: program.workingHours,
      visitDays: new Map(days.map((d) => [d.date, d])),
    }),
    [program, days],
  );
  const summary = summarizeVisitDays(days);

  if (visitDays.error) return <Alert severity="error">{translate(errorMessage(visitDays.error))}</Alert>;
  if (!visitDays.data) return null;

  const changed = () => {
    setSelected(undefined);
    setProposing(false);
    void visitDays.refetch();
  };

  return (
    <Stack spacing={2}>
      {/* The calendar is the days the desk books into; a program that books none plans its visits in 実施記録. */}
      {!booksVisits(program) && <Alert severity="info">{translate('resources.programs.calendar.notBooked')}</Alert>}
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' } }}>
        <Typography variant="subtitle1" component="p" sx={{ fontWeight: 700 }} data-testid="visit-day-summary">
          {translate('resources.programs.calendar.summary', summary)}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('resources.programs.calendar.bookings', { count: summary.bookings })}
        </Typography>
        {canManage && (
          <MuiButton variant="outlined" startIcon={<AutoFixHighIcon />} onClick={() => setProposing(true)} sx={{ ml: { md: 'auto' } }}>
            {translate('resources.programs.calendar.propose')}
          </MuiButton>
        )}
      </Stack>
      <Legend />
      {canManage && (
        <Typography variant="body2" color="text.secondary">
          {translate('resources.programs.calendar.manageHint')}
        </Typography>
      )}
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(320px, 1fr))' }}>
        {periodMonths(program.periods.visits.start, program.periods.visits.end).map((month) => (
          <MonthCalendar key={month} month={month} program={program} context={context} canManage={canManage} onSelect={setSelected} />
        ))}
      </Box>
      {selected && <VisitDayDialog program={program} day={selected} onClose={() => setSelected(undefined)} onChanged={changed} />}
      {proposing && <ProposalDialog program={program} current={days} onClose={() => setProposing(false)} onApplied={changed} />}
    </Stack>
  );
}

function Legend() {
  const translate = useTranslate();
  const swatch = (sx: object) => <Box component="span" aria-hidden sx={{ display: 'inline-block', width: 16, height: 16, borderRadius: 0.5, mr: 0.75, verticalAlign: 'middle', ...sx }} />;
  const t = (key: string) => translate(`resources.programs.calendar.${key}`);
  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {(['home_visit', 'facility_visit'] as const).map((kind) => (
        <Typography key={kind} component="li" variant="body2">
          {swatch({ bgcolor: KIND_STYLE[kind].bg, border: `2px solid ${KIND_STYLE[kind].border}` })}
          {t(kind === 'home_visit' ? 'homeShort' : 'facilityShort')}：{t(kind === 'home_visit' ? 'legendHome' : 'legendFacility')}
        </Typography>
      ))}
      <Typography component="li" variant="body2">
        {swatch({ bgcolor: 'grey.200' })}
        {t('legendClosed')}
      </Typography>
      <Typography component="li" variant="body2">
        {t('legendBookings')}
      </Typography>
    </Stack>
  );
}

interface MonthCalendarProps {
  month: string;
  program: ProgramView;
  context: CalendarContext;
  canManage: boolean;
  onSelect: (day: CalendarDay) => void;
}

function MonthCalendar({ month, program, context, canManage, onSelect }: MonthCalendarProps) {
  const translate = useTranslate();
  const weeks = monthGrid(month, program.weekStartsOn);
  const order = weekdayOrder(program.weekStartsOn);
  const count = [...context.visitDays.keys()].filter((date) => date.startsWith(month)).length;
  return (
    <Box
      component="table"
      data-testid="month-calendar"
      sx={{ width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed', alignSelf: 'start', '& td, & th': { border: '1px solid', borderColor: 'divider', p: 0 } }}
    >
      <Box component="caption" sx={{ captionSide: 'top', textAlign: 'left', pb: 0.5 }}>
        <Typography component="span" variant="subtitle1" sx={{ fontWeight: 700 }}>
          {formatOfficialMonth(month, program.eraStyle)}
        </Typography>
        <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>
          {translate('resources.programs.calendar.monthCount', { count })}
        </Typography>
      </Box>
      <thead>
        <tr>
          {order.map((day) => (
            <Box
              component="th"
              key={day}
              scope="col"
              abbr={translate(`resources.programs.weekdaysLong.${day}`)}
              sx={{ fontWeight: 400, fontSize: '0.8rem', py: 0.25, bgcolor: 'grey.50', color: day === 0 ? 'error.main' : day === 6 ? 'info.dark' : 'text.secondary' }}
            >
              {translate(`resources.programs.weekdays.${day}`)}
            </Box>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week.find((d) => d !== null) ?? ''}>
            {week.map((date, i) =>
              date === null ? <td key={`empty-${i}`} aria-hidden /> : <DayCell key={date} day={describeDay(date, context)} canManage={canManage} onSelect={onSelect} />,
            )}
          </tr>
        ))}
      </tbody>
    </Box>
  );
}

function DayCell({ day, canManage, onSelect }: { day: CalendarDay; canManage: boolean; onSelect: (day: CalendarDay) => void }) {
  const translate = useTranslate();
  const label = dayAriaLabel(translate, day, canManage);
  const visit = day.visitDay;
  const closed = day.closedReason !== undefined;
  const interactive = canManage && day.inPeriod && (visit !== undefined || isAddable(day));
  const style = visit ? KIND_STYLE[visit.kind] : undefined;
  const red = day.weekday === 0 || day.holiday !== undefined;
  const note = day.holiday ?? (day.yearEnd ? translate('resources.programs.calendar.yearEnd') : day.extraClosed ? translate('resources.programs.calendar.extraClosed') : undefined);

  const content = (
    <Box aria-hidden={true} sx={{ display: 'flex', flexDirection: 'column', width: '100%', height: '100%', p: 0.5, textAlign: 'left' }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
        <Typography component="span" variant="body2" sx={{ fontWeight: visit ? 700 : 400, color: red ? 'error.main' : day.weekday === 6 ? 'info.dark' : 'text.primary' }}>
          {Number(day.date.slice(8))}
        </Typography>
        {visit && visit.bookings > 0 && (
          <Box
            component="span"
            sx={{ ml: 'auto', minWidth: 18, height: 18, px: 0.5, borderRadius: 9, fontSize: '0.7rem', lineHeight: '18px', textAlign: 'center', bgcolor: style!.border, color: '#fff' }}
          >
            {visit.bookings}
          </Box>
        )}
      </Box>
      {visit && (
        <Typography component="span" variant="caption" sx={{ color: style!.fg, fontWeight: 700, lineHeight: 1.2 }}>
          {translate(visit.kind === 'home_visit' ? 'resources.programs.calendar.homeShort' : 'resources.programs.calendar.facilityShort')}
        </Typography>
      )}
      {note && (
        <Typography component="span" variant="caption" sx={{ color: day.holiday ? 'error.main' : 'text.secondary', fontSize: '0.62rem', lineHeight: 1.15, overflow: 'hidden', textOverflow: 'ellipsis', display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical' }}>
          {note}
        </Typography>
      )}
    </Box>
  );

  return (
    <Box
      component="td"
      data-date={day.date}
      data-visit-day={visit?.kind}
      title={label}
      sx={{
        height: 64,
        verticalAlign: 'top',
        position: 'relative',
        bgcolor: style ? style.bg : closed && day.inPeriod ? 'grey.200' : undefined,
        boxShadow: style ? `inset 0 0 0 2px ${style.border}` : undefined,
        opacity: day.inPeriod ? 1 : 0.4,
      }}
    >
      {interactive ? (
        <ButtonBase
          aria-label={label}
          onClick={() => onSelect(day)}
          sx={{ width: '100%', height: '100%', alignItems: 'stretch', '&:hover': { bgcolor: 'action.hover' }, '&.Mui-focusVisible': { outline: '3px solid', outlineColor: 'primary.main', outlineOffset: '-3px' } }}
        >
          {content}
        </ButtonBase>
      ) : (
        <>
          <Box component="span" sx={visuallyHidden}>
            {label}
          </Box>
          {content}
        </>
      )}
    </Box>
  );
}

