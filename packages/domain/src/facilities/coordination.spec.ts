import fc from 'fast-check';
import { addDays, daysBetween } from '../common/dates.js';
import { attentionItems } from '../dashboard/dashboard.js';
import { COORDINATION_ITEMS, coordinationItemsFor, coordinationProgress, DEFAULT_FACILITY_TIMELINE, facilityStepsDone, facilityTimeline } from './coordination.js';

describe('facility coordination (003 §9(2), 001 第5)', () => {
  it('asks for the city\'s visit beforehand only from 10 applicants', () => {
    expect(coordinationItemsFor(9).map((i) => i.key)).not.toContain('city_visit_beforehand');
    expect(coordinationItemsFor(10).map((i) => i.key)).toContain('city_visit_beforehand');
    expect(coordinationItemsFor(10)).toHaveLength(COORDINATION_ITEMS.length);
    expect(new Set(COORDINATION_ITEMS.map((i) => i.key)).size).toBe(COORDINATION_ITEMS.length);
  });

  it('counts done and not-applicable items as settled, of those that apply', () => {
    expect(coordinationProgress(8, {})).toEqual({ settled: 0, total: COORDINATION_ITEMS.length - 1 });
    expect(coordinationProgress(8, { procedure: 'done', photo_spot: 'not_applicable', face_auth_card: 'in_progress', city_visit_beforehand: 'done' })).toEqual({ settled: 2, total: COORDINATION_ITEMS.length - 1 });
  });

  it('counts the steps back from the visit: notice 30 days, pre-meeting 20, applicant list 7 (001, 003 §9(2)ウ)', () => {
    const steps = facilityTimeline('2026-10-06', '2026-08-20', { notice: '2026-09-04' }, '2026-09-20');
    expect(steps).toEqual([
      { step: 'notice', due: '2026-09-06', doneOn: '2026-09-04', state: 'done' },
      { step: 'pre_meeting', due: '2026-09-16', doneOn: null, state: 'overdue' },
      { step: 'applicant_list', due: '2026-09-29', doneOn: null, state: 'upcoming' },
      { step: 'visit', due: '2026-10-06', doneOn: null, state: 'upcoming' },
    ]);
    expect(facilityTimeline('2026-10-06', '2026-08-20', {}, '2026-09-26').find((s) => s.step === 'applicant_list')?.state).toBe('due_soon');
  });

  it('never puts a step before the day the request was received', () => {
    const steps = facilityTimeline('2026-10-06', '2026-09-15', {}, '2026-09-15');
    expect(steps.map((s) => [s.step, s.due])).toEqual([
      ['notice', '2026-09-15'],
      ['pre_meeting', '2026-09-16'],
      ['applicant_list', '2026-09-29'],
      ['visit', '2026-10-06'],
    ]);
  });

  it('keeps the steps in order, none after the visit, and a step done is never overdue (property)', () => {
    const day = fc.integer({ min: 0, max: 400 }).map((n) => addDays('2026-04-01', n));
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 90 }), fc.integer({ min: -60, max: 60 }), fc.boolean(), (visit, lead, offset, doneAll) => {
        const received = addDays(visit, -lead);
        const today = addDays(visit, offset);
        const done = doneAll ? { notice: received, pre_meeting: received, applicant_list: received, visit } : {};
        const steps = facilityTimeline(visit, received, done, today, DEFAULT_FACILITY_TIMELINE);
        for (let i = 1; i < steps.length; i++) expect(steps[i - 1].due <= steps[i].due).toBe(true);
        for (const s of steps) {
          expect(daysBetween(s.due, visit) >= 0).toBe(true);
          expect(s.due >= received || s.step === 'visit').toBe(true);
          if (doneAll) expect(s.state).toBe('done');
          else expect(s.state === 'overdue').toBe(today > s.due);
        }
      }),
    );
  });

  it('puts overdue and near steps on the attention list, linked to the booking', () => {
    const nothing = { overdueDailyReports: [], overdueCallWeeks: [], returnedReports: [], openDefects: [], openComplaints: [] };
    const items = attentionItems({
      ...nothing,
      facilitySteps: [
        { id: 'b1', receptionNumber: 12, step: 'pre_meeting', due: '2026-09-16', overdue: true },
        { id: 'b1', receptionNumber: 12, step: 'applicant_list', due: '2026-09-29', overdue: false },
      ],
    });
    expect(items.map((i) => [i.kind, i.label, i.resource, i.id])).toEqual([
      ['facility_step_due', '受付番号12 の施設訪問：事前打合せの期限（9/16）を過ぎています', 'bookings', 'b1'],
      ['facility_step_due', '受付番号12 の施設訪問：申請者リストの市への提出の期限（9/29）が近づいています', 'bookings', 'b1'],
    ]);
  });
});

describe('facilityStepsDone', () => {
  const coordination = { noticeDoneOn: '2026-08-19', preMeetingDoneOn: '2026-08-28', applicantListDoneOn: '2026-09-11' };
  it('counts the visit done once the booking is visited, on the day it was finished: a held visit is never overdue', () => {
    const done = facilityStepsDone(coordination, { status: 'visited', visitDate: '2026-09-18', visitFinishedDate: '2026-09-18' });
    expect(done).toEqual({ notice: '2026-08-19', pre_meeting: '2026-08-28', applicant_list: '2026-09-11', visit: '2026-09-18' });
    const visit = facilityTimeline('2026-09-18', '2026-07-01', done, '2026-12-07').find((s) => s.step === 'visit')!;
    expect(visit).toMatchObject({ state: 'done', doneOn: '2026-09-18' });
  });

  it('leaves the visit open while the booking is only confirmed, and reads no coordination as nothing done', () => {
    expect(facilityStepsDone(coordination, { status: 'confirmed', visitDate: '2026-12-22', visitFinishedDate: null }).visit).toBeNull();
    expect(facilityStepsDone(null, { status: 'visited', visitDate: '2026-12-02', visitFinishedDate: null })).toEqual({ notice: null, pre_meeting: null, applicant_list: null, visit: '2026-12-02' });
    expect(facilityStepsDone(undefined, null)).toEqual({ notice: null, pre_meeting: null, applicant_list: null, visit: null });
  });
});
