import { Card, CardContent, Stack, Typography } from '@mui/material';
import type { DateKey } from '@outreach/domain/common';
import { Link, useTranslate } from 'react-admin';
import { ChartFigure, DataTable, type Column } from './ChartFigure';
import { formatNumber, PHOTO_SERIES, photoMonthRows, photoSeriesLabelKey, type PhotoMonthRow } from './shape';
import type { DashboardSummaryView } from '@outreach/domain/dashboard';
import { PhotosChart } from './charts/lazyCharts';
import { formatMonth } from '../common/dates';

const CHART_HEIGHT = 260;
export const PHOTOS_ID = 'dashboard-photos';

/** 写真の統計: on site vs brought, retakes, exceptions by reason per month; activity photos awaiting the city. */
export function PhotosSection({ photos, asOf }: { photos: DashboardSummaryView['photos']; asOf: DateKey }) {
  const translate = useTranslate();
  const rows = photoMonthRows(photos.months, asOf);
  const title = translate('app.dashboard.photos.title');
  const columns: Column<PhotoMonthRow>[] = [
    { key: 'month', label: translate('app.dashboard.photos.month'), value: (r) => formatMonth(r.month) },
    ...PHOTO_SERIES.map((k): Column<PhotoMonthRow> => ({ key: k, label: translate(photoSeriesLabelKey(k)), numeric: true, value: (r) => formatNumber(r[k]) })),
    { key: 'exceptionsTotal', label: translate('app.dashboard.photos.exceptionsTotal'), numeric: true, value: (r) => formatNumber(r.exceptionsTotal) },
  ];
  return (
    <Card>
      <CardContent>
        <ChartFigure
          id={PHOTOS_ID}
          title={title}
          description={translate('app.dashboard.photos.stacks')}
          height={CHART_HEIGHT + 28}
          chart={rows.length > 0 ? <PhotosChart rows={rows} title={title} height={CHART_HEIGHT} /> : translate('app.dashboard.noData')}
          table={<DataTable labelledBy={`${PHOTOS_ID}-title`} rows={rows} rowKey={(r) => r.month} columns={columns} />}
        >
          <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline', mt: 1.5 }} data-testid="photos-awaiting">
            <Typography variant="body2" color="text.secondary">
              {translate('app.dashboard.photos.awaitingCityCheck')}
            </Typography>
            <Typography component={Link} to="/daily-reports" variant="h6" sx={{ fontWeight: 700 }}>
              {formatNumber(photos.awaitingCityCheck)}
            </Typography>
          </Stack>
        </ChartFigure>
      </CardContent>
    </Card>
  );
}
