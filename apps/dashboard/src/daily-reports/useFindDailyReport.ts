import { useCallback } from 'react';
import { useDataProvider } from 'react-admin';
import type { DailyReportRowView } from '@outreach/domain/daily-reports';

/** The daily report of a program's day, if the day has one (a held session opens it). */
export function useFindDailyReport() {
  const dataProvider = useDataProvider();
  return useCallback(
    async (programId: string, date: string): Promise<DailyReportRowView | undefined> => {
      const { data } = await dataProvider.getList<DailyReportRowView>('daily-reports', {
        filter: { programId, from: date, to: date },
        pagination: { page: 1, perPage: 1 },
        sort: { field: 'date', order: 'ASC' },
      });
      return data[0];
    },
    [dataProvider],
  );
}
