import { lazyView } from '../../common/lazyView';

/** The dashboard's charts, each loaded with recharts on first use (recharts stays out of the initial JavaScript). */
export const CallsChart = lazyView(() => import('./CallsChart'), 'CallsChart');
export const PhotosChart = lazyView(() => import('./PhotosChart'), 'PhotosChart');
export const ReportingChart = lazyView(() => import('./ReportingChart'), 'ReportingChart');
export const SessionsChart = lazyView(() => import('./SessionsChart'), 'SessionsChart');
export const TargetChart = lazyView(() => import('./TargetChart'), 'TargetChart');

let charts: Promise<void> | undefined;

/**
 * Loads every chart's code now, once; settles when all are here or one failed (the chart that failed then shows
 * its error where it stands, as without the preload). The dashboard calls it as soon as it knows the user reads
 * programs, so the code comes while the program list and the summary are on their way, not after them.
 */
export function preloadDashboardCharts(): Promise<void> {
  charts ??= Promise.allSettled([CallsChart, PhotosChart, ReportingChart, SessionsChart, TargetChart].map((chart) => chart.preload())).then(() => undefined);
  return charts;
}
