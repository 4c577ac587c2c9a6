import type { ReportScheduleItem } from '@outreach/domain/reports';
import { chooseReport, targetOf } from './choice';

const item = (period: string, state: ReportScheduleItem['state']): ReportScheduleItem => ({
  kind: period === 'program' ? 'completion' : 'monthly',
  period,
  title: period,
  dueDate: '2026-12-10',
  state,
  latest: null,
  firstSubmittedDate: null,
});

describe('chooseReport', () => {
  const schedule = [item('2026-09', 'accepted'), item('2026-10', 'waiting'), item('2026-11', 'upcoming'), item('program', 'upcoming')];

  it('opens the report the address names, else the first needing action, else the next one not in', () => {
    expect(chooseReport(schedule, 'program')?.period).toBe('program');
    expect(chooseReport(schedule, null)?.period).toBe('2026-10');
    expect(chooseReport(schedule, 'gone')?.period).toBe('2026-10');
    expect(chooseReport([item('2026-09', 'accepted'), item('2026-11', 'upcoming')], null)?.period).toBe('2026-11');
    expect(chooseReport([item('2026-09', 'accepted')], null)?.period).toBe('2026-09');
    expect(chooseReport([], null)).toBeNull();
  });

  it('asks the API for a month or for the whole program', () => {
    expect(targetOf(item('2026-10', 'due'))).toEqual({ kind: 'monthly', month: '2026-10' });
    expect(targetOf(item('program', 'due'))).toEqual({ kind: 'completion' });
  });
});
