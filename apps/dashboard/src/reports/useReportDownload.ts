import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReportJobView } from '@outreach/domain/reports';
import { SubmitKeys } from '../daily-reports/submitKey';
import { useAppDataProvider } from '../providers/dataProvider';
import { errorMessage, fieldErrorsOf } from '../providers/http';
import { reportJobDownloadUrl, saveBlob, saveFrom } from './download';

/** How often a running job is asked for its percent. */
export const POLL_MS = 300;

export type DownloadState =
  | { phase: 'idle' }
  /** percent null: not known (starting, or a file answered directly); waiting: a 全件データ waiting for its turn. */
  | { phase: 'running'; percent: number | null; waiting?: boolean }
  | { phase: 'done'; filename: string | null }
  | { phase: 'failed'; message: string; fieldErrors: Record<string, string> };

const sleep = (ms: number) => new Promise((resolve) => window.setTimeout(resolve, ms));

function failure(error: unknown): DownloadState {
  return { phase: 'failed', message: errorMessage(error), fieldErrors: fieldErrorsOf(error) ?? {} };
}

/**
 * One report's download on the page: `runJob` starts a report job, follows its percent every POLL_MS, then
 * has the browser save the file. The start carries an Idempotency-Key, kept while its outcome is unknown (no answer,
 * 5xx, 409) and the same report is asked for again, so a retried start follows the first job instead of making the
 * report twice; `identity` names the report and its parameters (another report gets its own key); `runFile` fetches a file the API answers directly. Leaving the page stops
 * the polling (the job ends on the server and its file is deleted after 15 minutes). `onSaved` runs once the
 * browser was handed the file.
 */
export function useReportDownload(onSaved?: () => void) {
  const [state, setState] = useState<DownloadState>({ phase: 'idle' });
  const current = useRef<object | null>(null);
  const dataProvider = useAppDataProvider();
  const saved = useRef(onSaved);
  saved.current = onSaved;

  useEffect(
    () => () => {
      current.current = null;
    },
    [],
  );

  const run = useCallback(
    async (work: (alive: () => boolean) => Promise<string | null | undefined>) => {
      const token = {};
      current.current = token;
      const alive = () => current.current === token;
      setState({ phase: 'running', percent: null });
      try {
        const filename = await work(alive);
        if (filename === undefined || !alive()) return;
        setState({ phase: 'done', filename });
        saved.current?.();
      } catch (error) {
        if (!alive()) return;
        setState(failure(error));
      }
    },
    [],
  );

  const keys = useRef<{ identity: string; keys: SubmitKeys } | null>(null);
  const runJob = useCallback(
    (start: (key: string) => Promise<ReportJobView>, identity: string) =>
      run(async (alive) => {
        if (keys.current?.identity !== identity) keys.current = { identity, keys: new SubmitKeys() };
        const attempt = keys.current.keys;
        let job: ReportJobView;
        try {
          job = await start(attempt.key());
          attempt.settle();
        } catch (error) {
          attempt.settle(error);
          throw error;
        }
        while (job.status === 'running') {
          if (!alive()) return undefined;
          setState({ phase: 'running', percent: job.percent, waiting: job.waiting });
          await sleep(POLL_MS);
          if (!alive()) return undefined;
          job = await dataProvider.reportJob(job.id);
        }
        if (job.status === 'failed') throw new Error(job.error ?? 'app.reports.errors.failed');
        setState({ phase: 'running', percent: 100 });
        saveFrom(reportJobDownloadUrl(job.id));
        return job.filename;
      }),
    [run, dataProvider],
  );

  const runFile = useCallback(
    (url: string) =>
      run(async (alive) => {
        const { blob, filename } = await dataProvider.fetchReportFile(url);
        if (!alive()) return undefined;
        saveBlob(blob, filename);
        return filename;
      }),
    [run, dataProvider],
  );

  return { state, runJob, runFile, setState };
}
