import TableChartOutlinedIcon from '@mui/icons-material/TableChartOutlined';
import { Box, Skeleton, Stack, Table, TableBody, TableCell, TableHead, TableRow, ToggleButton, Typography } from '@mui/material';
import { type ReactNode, Suspense, useState } from 'react';
import { useTranslate } from 'react-admin';
import { ScrollRegion } from '../common/ScrollRegion';

/**
 * A chart with its title and a table of the same numbers one click away (「表で見る」). The title (h2–h4, with
 * `${id}-title`) labels the chart; the chart itself comes lazily with recharts, a skeleton holding its place.
 */
export function ChartFigure({
  id,
  title,
  level = 2,
  description,
  actions,
  chart,
  table,
  height,
  children,
}: {
  id: string;
  title: string;
  level?: 2 | 3 | 4;
  /** One sentence of what the chart shows (its accessible description). */
  description?: ReactNode;
  /** Beside the title (a status chip…). */
  actions?: ReactNode;
  chart: ReactNode;
  table: ReactNode;
  /** The chart's height, for the skeleton. */
  height: number;
  /** Below the chart or table. */
  children?: ReactNode;
}) {
  const translate = useTranslate();
  const [asTable, setAsTable] = useState(false);
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  return (
    <Box component="section" aria-labelledby={titleId} data-testid={id} sx={{ minWidth: 0 }}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 0.5 }}>
        <Typography id={titleId} component={`h${level}`} variant={level === 2 ? 'h6' : 'subtitle1'} sx={{ fontWeight: 700, lineHeight: 1.4 }}>
          {title}
        </Typography>
        {actions}
        <ToggleButton
          size="small"
          value="table"
          selected={asTable}
          onChange={() => setAsTable((v) => !v)}
          aria-controls={`${id}-body`}
          sx={{ ml: 'auto', py: 0.25, px: 1, gap: 0.5, fontSize: 12 }}
        >
          <TableChartOutlinedIcon fontSize="small" />
          {translate('app.dashboard.showTable')}
        </ToggleButton>
      </Stack>
      {description && (
        <Typography id={descId} variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {description}
        </Typography>
      )}
      <Box id={`${id}-body`}>
        {asTable ? (
          <ScrollRegion label={title} sx={{ maxHeight: 480 }}>
            {table}
          </ScrollRegion>
        ) : (
          <Box role="figure" aria-labelledby={titleId} aria-describedby={description ? descId : undefined}>
            <Suspense fallback={<Skeleton variant="rounded" height={height} aria-label={translate('app.dashboard.chartLoading')} />}>{chart}</Suspense>
          </Box>
        )}
      </Box>
      {children}
    </Box>
  );
}

export interface Column<R> {
  key: string;
  label: string;
  /** Numbers are right-aligned. */
  numeric?: boolean;
  value: (row: R) => ReactNode;
}

/** A table of a chart's rows: the first column heads each row; numbers right-aligned. */
export function DataTable<R>({
  labelledBy,
  columns,
  rows,
  rowKey,
  highlight,
  footer,
}: {
  labelledBy: string;
  columns: Column<R>[];
  rows: readonly R[];
  rowKey: (row: R) => string;
  highlight?: (row: R) => boolean;
  footer?: ReactNode;
}) {
  return (
    <Table size="small" stickyHeader aria-labelledby={labelledBy} sx={{ '& th, & td': { whiteSpace: 'nowrap', px: 1 } }}>
      <TableHead>
        <TableRow>
          {columns.map((c) => (
            <TableCell key={c.key} align={c.numeric ? 'right' : 'left'}>
              {c.label}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={rowKey(row)} selected={highlight?.(row) ?? false} data-row={rowKey(row)}>
            {columns.map((c, i) =>
              i === 0 ? (
                <TableCell key={c.key} component="th" scope="row">
                  {c.value(row)}
                </TableCell>
              ) : (
                <TableCell key={c.key} align={c.numeric ? 'right' : 'left'}>
                  {c.value(row)}
                </TableCell>
              ),
            )}
          </TableRow>
        ))}
        {footer}
      </TableBody>
    </Table>
  );
}
