import { useCallback } from 'react';
import { useDataProvider } from 'react-admin';
import type { DailyReportRow } from './report';

/** The daily report of a program's day, if the day has one (a held session opens it). */
export function useFindDailyReport() {
  const dataProvider = useDataProvider();
  return useCallback(
    async (programId: string, date: string): Promise<DailyReportRow | undefined> => {
      const { data } = await dataProvider.getList<DailyReportRow>('daily-reports', {
        filter: { programId, from: date, to: date },
        pagination: { page: 1, perPage: 1 },
        sort: { field: 'date', order: 'ASC' },
      });
      return data[0];
    },
    [dataProvider],
  );
}
