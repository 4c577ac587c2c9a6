import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { formatMonth } from './dates';

/**
 * Figures per month under their heading (受電件数の期限内報告率, 日次報告の提出状況): the month, then each column
 * right-aligned; a `total` row of the same columns after the months, if given; `note` under the table.
 */
export function MonthTable<R>(props: {
  titleId: string;
  title: string;
  monthLabel: string;
  months: ReadonlyArray<R & { month: string }>;
  columns: ReadonlyArray<{ label: string; value: (row: R) => ReactNode }>;
  total?: { label: string; row: R };
  note: string;
}) {
  return (
    <>
      <Typography id={props.titleId} variant="subtitle1" component="h2" gutterBottom>
        {props.title}
      </Typography>
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
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
        {props.note}
      </Typography>
    </>
  );
}
