import { randomUUID } from 'node:crypto';
import { permissionsOf } from '@outreach/domain/auth';
import { addDays, firstWorkingDayFrom, jstDateKey, jstInstant, monthKey, type WorkingDayRules } from '@outreach/domain/common';
import { dailyReportDueAt } from '@outreach/domain/daily-reports';
import { reportingDeadlines } from '@outreach/domain/programs';
import { submissionPeriod } from '@outreach/domain/reports';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import type { UploadedFiles } from '../../common/files/uploaded-files';
import type { DailyReportEntity } from '../../modules/daily-reports/daily-report.entity';
import type { ProgramEntity } from '../../modules/programs/program.entity';
import { ReportSubmissionEntity } from '../../modules/reports/report-submission.entity';
import type { ReportsService } from '../../modules/reports/reports.service';
import { workbookBuffer } from '../../modules/reports/xlsx-writer';
import { seededRandom } from './random';

/** Why the city sent a daily report back (the demo's returned reports, current and already corrected). */
const RETURN_REASONS = ['写真の枚数と申請件数が合いません。ご確認ください', '代理記入の件数が申請書の控えと異なります。再確認をお願いします'];

const hours = (d: Date, h: number) => new Date(d.getTime() + h * 3600_000);

/**
 * The daily reports of the held days (`dates`, ascending, all before today), as the workflow leaves them (DOMAIN
 * "Daily report", report-workflow.ts): the newest still a draft for staff to file; under the vendor manager's check
 * before it when staff file (社内確認); one returned by the city with its reason, waiting for the correction; the
 * rest of the last week submitted and waiting for the city; everything older accepted the day after it arrived.
 * A few were filed after the deadline, and a couple were returned once and accepted when resubmitted — late by then,
 * since the workflow keeps the last submission (submittedAt) and clears the reason on acceptance.
 */
export function demoDailyReports(
  plan: { program: Pick<ProgramEntity, 'id' | 'dailyReportDue' | 'workingHours'>; vendorUserId: string; cityUserId: string; staffFiles?: boolean; seed: number },
  dates: readonly string[],
  now: Date,
): DailyReportEntity[] {
  const random = seededRandom(plan.seed + 4242);
  const p = plan.program;
  const today = jstDateKey(now);
  const n = dates.length;
  return dates.map((date, i): DailyReportEntity => {
    const fromEnd = n - 1 - i;
    const dueAt = new Date(dailyReportDueAt(date, p.dailyReportDue, p.workingHours));
    const recent = addDays(date, 7) >= today;
    const base = { id: randomUUID(), programId: p.id, date, specialNotes: null, createdAt: jstInstant(date, '17:00'), updatedAt: jstInstant(date, '17:00') };
    const empty = { submittedAt: null, submittedBy: null, preparedAt: null, preparedBy: null, decidedAt: null, decidedBy: null, reason: null };
    // Filed the evening of the day or the next morning; every eleventh a few hours after the deadline.
    const late = i % 11 === 7;
    let filedAt = late ? hours(dueAt, 2 + Math.floor(random() * 20)) : hours(dueAt, -(1 + random() * 18));
    if (filedAt > now) filedAt = new Date(Math.min(now.getTime() - 3600_000, dueAt.getTime() - 3600_000));
    if (fromEnd === 0 || filedAt > now) return { ...base, status: 'draft', ...empty };
    const filed = { preparedAt: filedAt, preparedBy: plan.vendorUserId };
    const toCity = { ...filed, submittedAt: filedAt, submittedBy: plan.vendorUserId };
    if (fromEnd === 1 && plan.staffFiles) return { ...base, status: 'checking', ...empty, ...filed };
    const decidedAt = hours(filedAt, 20);
    if (fromEnd === 3 && decidedAt < now) return { ...base, status: 'returned', ...empty, ...toCity, decidedAt, decidedBy: plan.cityUserId, reason: RETURN_REASONS[0] };
    if (recent || fromEnd <= 4 || decidedAt >= now) return { ...base, status: 'submitted', ...empty, ...toCity };
    // Returned once and corrected: resubmitted the day after the return, accepted the day after that.
    if (i % 13 === 9) {
      const again = hours(decidedAt, 24);
      if (hours(again, 20) < now) return { ...base, status: 'accepted', ...empty, preparedAt: again, preparedBy: plan.vendorUserId, submittedAt: again, submittedBy: plan.vendorUserId, decidedAt: hours(again, 20), decidedBy: plan.cityUserId };
    }
    return { ...base, status: 'accepted', ...empty, ...toCity, decidedAt, decidedBy: plan.cityUserId };
  });
}

/** The vendor manager who submits a program's monthly reports, as the app would see him signed in. */
export interface DemoReporter {
  userId: string;
  name: string;
  email: string;
  organizationId: string;
}

/**
 * 月次報告書 (004 §8(11)) of every month that has ended: built by the app's own ReportsService.periodReport (the figures,
 * the agreed form and the workbook a submission freezes, stored under the name ReportSubmissionsService uses), submitted
 * by the vendor manager two days before the deadline and accepted by the city three days later — or still waiting for
 * the city when that day has not come. A month whose submission day is still ahead is left for the vendor (its
 * deadline shows on his attention list). Built month by month in order, so each report sees the ones before it.
 * A program without a monthly report day (Otaru) owes none; its completion report is due after the period.
 */
export async function seedDemoMonthlyReports(
  ds: DataSource,
  program: ProgramEntity,
  services: { reports: ReportsService; files: UploadedFiles },
  users: { vendor: DemoReporter; cityUserId: string },
  now: Date,
): Promise<void> {
  const today = jstDateKey(now);
  const actor: Actor = { ...users.vendor, role: 'vendor_manager', organizationKind: 'vendor', municipalityId: null, permissions: new Set(permissionsOf('vendor_manager')), totpVerified: true, ip: null };
  for (const d of reportingDeadlines(program)) {
    if (d.kind !== 'monthly' || !d.month || monthKey(today) <= d.month) continue;
    const submittedAt = jstInstant(addDays(d.due, -2), '16:00');
    if (submittedAt >= now) continue;
    const decidedAt = jstInstant(addDays(d.due, 1), '11:00');
    const accepted = decidedAt < now;
    const { report, figures, form } = await services.reports.periodReport(actor, program, 'monthly', d.month, null);
    const bytes = await workbookBuffer(report.spec, { images: report.images, created: submittedAt });
    const id = randomUUID();
    await services.files.write(`reports/${program.id}/${id}.xlsx`, bytes);
    await ds.getRepository(ReportSubmissionEntity).insert({
      id,
      programId: program.id,
      kind: 'monthly',
      period: submissionPeriod({ kind: 'monthly', month: d.month }),
      version: 1,
      status: accepted ? 'accepted' : 'submitted',
      remarks: null,
      returnReason: null,
      fileName: report.filename.replace(/\.xlsx$/, '_第1版.xlsx'),
      bytes: bytes.length,
      figures,
      form,
      submittedBy: actor.userId,
      submittedAt,
      decidedBy: accepted ? users.cityUserId : null,
      decidedAt: accepted ? decidedAt : null,
    });
  }
}

type DefectAttempt = { at: string; method: 'phone' | 'visit' | 'mail'; result: 'reached' | 'no_answer' | 'message_left' | 'resolved' };

/**
 * How the follow-up of the demo's defects went (DEFECT_FOLLOW_UP_DAYS = 14), by receipt date (ascending): most were
 * resolved within a week (some at the second try), those received in the last days are still open, and one — the
 * newest already past its 14 days — is overdue: nobody answered twice. Attempts and resolutions lie before now.
 */
export function demoDefectFollowUps(receivedDates: readonly string[], now: Date, workingHours: WorkingDayRules): Array<{ attempts: DefectAttempt[]; resolvedDate: string | null }> {
  const today = jstDateKey(now);
  const overdue = receivedDates.reduce((found, d, i) => (addDays(d, 14) < today ? i : found), -1);
  return receivedDates.map((received, i) => {
    // Each contact on a day the office is open, about `days` after the receipt.
    const on = (days: number) => firstWorkingDayFrom(addDays(received, days), workingHours);
    const call = (days: number, result: DefectAttempt['result'], method: DefectAttempt['method'] = 'phone'): DefectAttempt => ({ at: jstInstant(on(days), '10:00').toISOString(), method, result });
    const plan =
      i === overdue
        ? { attempts: [call(1, 'no_answer'), call(5, 'message_left'), call(9, 'no_answer', 'mail')], resolvedDate: null }
        : i % 3 === 0
          ? { attempts: [call(1, 'no_answer'), call(6, 'resolved')], resolvedDate: on(6) }
          : { attempts: [call(1, 'reached'), call(4, 'resolved', 'visit')], resolvedDate: on(4) };
    const attempts = plan.attempts.filter((a) => new Date(a.at) < now);
    const resolved = plan.resolvedDate !== null && plan.resolvedDate < today ? plan.resolvedDate : null;
    return { attempts: resolved ? attempts : attempts.filter((a) => a.result !== 'resolved'), resolvedDate: resolved };
  });
}
