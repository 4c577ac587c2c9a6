import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography, useMediaQuery, useTheme } from '@mui/material';
import type { ReactNode } from 'react';
import { formatMonth } from './dates';
import { ScrollRegion } from './ScrollRegion';

interface MonthTableProps<R> {
  titleId: string;
  title: string;
  monthLabel: string;
  months: ReadonlyArray<R & { month: string }>;
  columns: ReadonlyArray<{ label: string; value: (row: R) => ReactNode }>;
  total?: { label: string; row: R };
  note: string;
  /** The table may be wider than its box (six columns beside a panel): it scrolls in a named, focusable region. */
  scrolls?: boolean;
}

/**
 * Figures per month under their heading (受電件数の期限内報告率, 日次報告の提出状況): the month, then each column
 * right-aligned; a `total` row of the same columns after the months, if given; `note` under the table. On a phone
 * each month is a line of its figures, label and value (the table hid its rates past the screen's edge).
 */
export function MonthTable<R>(props: MonthTableProps<R>) {
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('sm'), { noSsr: true });
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography id={props.titleId} variant="subtitle1" component="h2" gutterBottom>
        {props.title}
      </Typography>
      {phone ? (
        <MonthLines {...props} />
      ) : props.scrolls ? (
        <ScrollRegion label={props.title}>
          <MonthRows {...props} />
        </ScrollRegion>
      ) : (
        <MonthRows {...props} />
      )}
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
        {props.note}
      </Typography>
    </Box>
  );
}

/** A phone's view: one item per month (and the total), its figures as label and value, wrapping. */
function MonthLines<R>({ titleId, months, columns, total }: MonthTableProps<R>) {
  const items = [...months.map((m) => ({ key: m.month, label: formatMonth(m.month), row: m as R, total: false })), ...(total ? [{ key: 'total', label: total.label, row: total.row, total: true }] : [])];
  return (
    <Box component="ul" aria-labelledby={titleId} data-testid="month-lines" sx={{ listStyle: 'none', m: 0, p: 0 }}>
      {items.map((item) => (
        <Box component="li" key={item.key} sx={{ py: 0.75, borderTop: 1, borderColor: 'divider', fontWeight: item.total ? 600 : undefined }}>
          <Typography variant="body2" component="p" sx={{ fontWeight: 600 }}>
            {item.label}
          </Typography>
          <Box component="dl" sx={{ m: 0, display: 'flex', flexWrap: 'wrap', columnGap: 2, rowGap: 0.25, fontSize: '0.875rem' }}>
            {columns.map((c) => (
              <Box key={c.label} sx={{ display: 'flex', gap: 0.5, whiteSpace: 'nowrap' }}>
                <Box component="dt" sx={{ color: 'text.secondary' }}>
                  {c.label}
                </Box>
                <Box component="dd" sx={{ m: 0 }}>
                  {c.value(item.row)}
                </Box>
              </Box>
            ))}
          </Box>
        </Box>
      ))}
    </Box>
  );
}

/** A laptop's view: the months as rows of a table. */
function MonthRows<R>(props: MonthTableProps<R>) {
  return (
    <Table size="small" aria-labelledby={props.titleId} sx={{ '& th, & td': { whiteSpace: 'nowrap', px: 1 } }}>
      <TableHead>
        <TableRow>
          <TableCell>{props.monthLabel}</TableCell>
          {props.columns.map((c) => (
            <TableCell key={c.label} align="right">
              {c.label}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {props.months.map((m) => (
          <TableRow key={m.month}>
            <TableCell>{formatMonth(m.month)}</TableCell>
            {props.columns.map((c) => (
              <TableCell key={c.label} align="right">
                {c.value(m)}
              </TableCell>
            ))}
          </TableRow>
        ))}
        {props.total && (
          <TableRow sx={{ '& td': { fontWeight: 600 } }}>
            <TableCell>{props.total.label}</TableCell>
            {props.columns.map((c) => (
              <TableCell key={c.label} align="right">
                {c.value(props.total!.row)}
              </TableCell>
            ))}
          </TableRow>
        )}
      </TableBody>
    </Table>
  );
}
