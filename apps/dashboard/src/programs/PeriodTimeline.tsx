import { Box, Typography } from '@mui/material';
import { type EraStyle } from '@outreach/domain/common';
import { type PeriodName, periodTimeline, type PeriodSource } from '@outreach/domain/programs';
import { useTranslate } from 'react-admin';
import { formatOfficialDate, formatOfficialPeriod } from '../common/dates';
import { serverToday } from '../common/serverClock';

/** Each period its own colour and its name in text beside it: the colour is never the only cue. */
const BAR_COLOR: Record<PeriodName, string> = { contract: '#90a4ae', callCenter: '#f0912f', visits: '#1565c0' };

const pct = (fraction: number) => `${(fraction * 100).toFixed(3)}%`;

export interface PeriodTimelineProps {
  program: PeriodSource & { reportDeadline: string };
  eraStyle?: EraStyle;
  /** The heading's id, so the surrounding card can name itself by it. */
  headingId?: string;
}

/**
 * The contract, the call center and the visits on one axis, with the report deadlines and today marked, so a
 * city official sees at once what runs when. The geometry comes from the domain's periodTimeline; this only
 * draws it, in percentages, so it fits a phone as well as a laptop.
 */
export function PeriodTimeline({ program, eraStyle = 'wareki', headingId }: PeriodTimelineProps) {
  const translate = useTranslate();
  const s = (key: string, options?: Record<string, unknown>) => translate(`resources.programs.settings.${key}`, options);
  const timeline = periodTimeline(program, serverToday());
  const date = (key: string) => formatOfficialDate(key, eraStyle);
  const today = timeline.markers.find((m) => m.kind === 'today');
  const deadlines = timeline.markers.filter((m) => m.kind !== 'today');
  // Month ticks: every month while they fit, every other one on a long contract.
  const step = timeline.months.length > 12 ? 2 : 1;

  return (
    <Box component="figure" sx={{ m: 0 }} data-testid="period-timeline" aria-labelledby={headingId}>
      <Box sx={{ position: 'relative' }}>
        {timeline.bars.map((bar) => (
          <Box key={bar.name} sx={{ mb: 1.25 }} data-testid={`period-${bar.name}`}>
            <Typography variant="body2" component="div" sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 1 }}>
              <Box component="span" sx={{ fontWeight: 700 }}>
                {s(bar.name)}
              </Box>
              <Box component="span">{formatOfficialPeriod(bar.start, bar.end, eraStyle)}</Box>
            </Typography>
            <Box sx={{ position: 'relative', height: 12, bgcolor: 'grey.100', borderRadius: 1 }}>
              <Box
                aria-hidden
                sx={{ position: 'absolute', top: 0, bottom: 0, left: pct(bar.left), width: pct(bar.width), bgcolor: BAR_COLOR[bar.name], borderRadius: 1 }}
              />
            </Box>
          </Box>
        ))}
        <Box sx={{ position: 'relative', height: 16 }} aria-hidden>
          {deadlines.map((m) => (
            <Box
              key={`${m.kind}-${m.date}`}
              title={m.kind === 'completion' ? s('completionReport') : s('monthlyReport')}
              sx={{
                position: 'absolute',
                top: 2,
                left: pct(m.at),
                width: 10,
                height: 10,
                ml: '-5px',
                transform: 'rotate(45deg)',
                bgcolor: m.kind === 'completion' ? 'error.main' : 'grey.600',
              }}
            />
          ))}
        </Box>
        <Box sx={{ position: 'relative', height: 18, borderTop: 1, borderColor: 'divider' }} aria-hidden>
          {timeline.months
            .filter((_, i) => i % step === 0)
            .map((m) => (
              <Typography
                key={m.month}
                variant="caption"
                sx={{ position: 'absolute', left: pct(m.at), transform: 'translateX(-50%)', whiteSpace: 'nowrap', color: 'text.secondary' }}
              >
                {translate('resources.programs.settings.monthTick', { month: Number(m.month.slice(5)) })}
              </Typography>
            ))}
        </Box>
        {today && (
          <Box
            aria-hidden
            sx={{ position: 'absolute', top: 0, bottom: 18, left: pct(today.at), borderLeft: '2px dashed', borderColor: 'success.main', pointerEvents: 'none' }}
          />
        )}
      </Box>
      <Box component="figcaption" sx={{ mt: 1 }}>
        <Typography variant="body2" component="ul" sx={{ m: 0, pl: 0, listStyle: 'none', display: 'flex', flexWrap: 'wrap', gap: 1.5 }}>
          {deadlines.map((m) => (
            <li key={`${m.kind}-${m.date}`}>
              {m.kind === 'completion' ? s('completionDeadline', { date: date(m.date) }) : s('monthlyDeadline', { month: Number(m.month!.slice(5)), date: date(m.date) })}
            </li>
          ))}
          {today && <li>{s('todayMarker', { date: date(today.date) })}</li>}
        </Typography>
      </Box>
    </Box>
  );
}
