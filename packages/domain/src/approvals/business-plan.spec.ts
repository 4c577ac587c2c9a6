import { can } from '../auth/roles.js';
import { attentionItems } from '../dashboard/dashboard.js';
import {
  businessPlanReturnSchema,
  businessPlanState,
  type BusinessPlanStatus,
  documentFileName,
  documentKind,
  planIsOpen,
  planSubmissionProblem,
} from './business-plan.schema.js';

const bytes = (...b: number[]) => Uint8Array.from(b);
const PDF = bytes(0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37);
const ZIP = bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00);
const OLE = bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00);
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

describe('business plan (業務計画書, 004 §8(1))', () => {
  it('knows a document by its extension and its first bytes together', () => {
    expect(documentKind('業務計画書.pdf', PDF)).toBe('pdf');
    expect(documentKind('業務計画書.PDF', PDF)).toBe('pdf');
    expect(documentKind('計画.docx', ZIP)).toBe('docx');
    expect(documentKind('工程表.xlsx', ZIP)).toBe('xlsx');
    expect(documentKind('説明.pptx', ZIP)).toBe('pptx');
    expect(documentKind('旧形式.doc', OLE)).toBe('doc');
    expect(documentKind('旧形式.xls', OLE)).toBe('xls');
    // A picture or an executable renamed as a plan, a zip named as a PDF, an unknown extension, an empty file.
    expect(documentKind('計画.pdf', PNG)).toBeNull();
    expect(documentKind('計画.pdf', ZIP)).toBeNull();
    expect(documentKind('計画.docx', PDF)).toBeNull();
    expect(documentKind('計画.exe', bytes(0x4d, 0x5a))).toBeNull();
    expect(documentKind('計画', PDF)).toBeNull();
    expect(documentKind('計画.pdf', bytes())).toBeNull();
  });

  it('keeps the file name without folders or control characters, and its extension when cut', () => {
    expect(documentFileName('C:\\Users\\担当\\業務計画書（第2版）.pdf')).toBe('業務計画書(第2版).pdf');
    expect(documentFileName('../../etc/passwd.pdf')).toBe('passwd.pdf');
    expect(documentFileName('計画\u0000"書".pdf')).toBe('計画書.pdf');
    const long = documentFileName(`${'あ'.repeat(300)}.xlsx`);
    expect(long).toHaveLength(200);
    expect(long.endsWith('.xlsx')).toBe(true);
  });

  it('takes a new version unless one waits for the city, and decides or withdraws only a waiting one', () => {
    expect(planSubmissionProblem(null)).toBeNull();
    for (const status of ['approved', 'returned', 'withdrawn'] as BusinessPlanStatus[]) expect(planSubmissionProblem({ status })).toBeNull();
    expect(planSubmissionProblem({ status: 'submitted' })).toMatch(/承諾待ち/);
    expect(planIsOpen('submitted')).toBe(true);
    for (const status of ['approved', 'returned', 'withdrawn'] as BusinessPlanStatus[]) expect(planIsOpen(status)).toBe(false);
    expect(businessPlanReturnSchema.safeParse({ reason: ' ' }).error?.issues[0].message).toBe('差し戻しの理由を入力してください');
  });

  it('lets the vendor manager submit and only the city admin decide', () => {
    expect(can('vendor_manager', 'plan.submit')).toBe(true);
    expect(can('vendor_staff', 'plan.submit')).toBe(false);
    expect(can('city_admin', 'plan.submit')).toBe(false);
    expect(can('city_admin', 'plan.decide')).toBe(true);
    expect(can('city_viewer', 'plan.decide')).toBe(false);
    expect(can('vendor_manager', 'plan.decide')).toBe(false);
  });

  it('reads the plan in force, the one waiting and a returned one from the versions', () => {
    const v = (version: number, status: BusinessPlanStatus, decidedDate: string | null = null) => ({ id: `p${version}`, version, status, submittedDate: `2026-06-0${version}`, decidedDate });
    expect(businessPlanState([])).toEqual({ approved: null, pending: null, returned: null });
    expect(businessPlanState([v(1, 'returned', '2026-06-02'), v(2, 'submitted')])).toEqual({
      approved: null,
      pending: { version: 2, submittedDate: '2026-06-02', id: 'p2' },
      returned: null,
    });
    expect(businessPlanState([v(2, 'returned', '2026-06-05'), v(1, 'returned', '2026-06-02')]).returned).toEqual({ version: 2, decidedDate: '2026-06-05', id: 'p2' });
    // An amendment returned while version 1 stays in force; a withdrawn version does not hide the returned one.
    const amended = businessPlanState([v(1, 'approved', '2026-06-03'), v(2, 'returned', '2026-06-06'), v(3, 'withdrawn')]);
    expect(amended.approved).toEqual({ version: 1, decidedDate: '2026-06-03' });
    expect(amended.returned?.version).toBe(2);
  });

  it('puts the plan on the attention list of those who act on it', () => {
    const base = { overdueDailyReports: [], overdueCallWeeks: [], returnedReports: [], openDefects: [], openComplaints: [] };
    const none = businessPlanState([]);
    const waiting = businessPlanState([{ id: 'p1', version: 1, status: 'submitted', submittedDate: '2026-06-04', decidedDate: null }]);
    const returned = businessPlanState([{ id: 'p1', version: 1, status: 'returned', submittedDate: '2026-06-04', decidedDate: '2026-06-08' }]);
    const list = (plan: Parameters<typeof attentionItems>[0]['businessPlan']) => attentionItems({ ...base, businessPlan: plan }).map((i) => [i.kind, i.label, i.date, i.resource, i.id]);
    expect(list({ state: waiting, required: true, since: '2026-06-01', audience: 'city' })).toEqual([
      ['business_plan_pending', '6/4 提出の業務計画書（第1版）が承諾を待っています', '2026-06-04', 'business-plans', 'p1'],
    ]);
    expect(list({ state: waiting, required: true, since: '2026-06-01', audience: 'vendor' })).toEqual([]);
    expect(list({ state: returned, required: false, since: '2026-06-01', audience: 'vendor' })).toEqual([
      ['business_plan_returned', '業務計画書（第1版）が差し戻されています', '2026-06-08', 'business-plans', 'p1'],
    ]);
    expect(list({ state: returned, required: true, since: '2026-06-01', audience: 'city' })).toEqual([]);
    expect(list({ state: none, required: true, since: '2026-06-01', audience: 'vendor' })).toEqual([
      ['business_plan_missing', '業務計画書を提出し、市の承諾を得てください', '2026-06-01', 'business-plans', ''],
    ]);
    expect(list({ state: none, required: false, since: '2026-06-01', audience: 'vendor' })).toEqual([]);
  });
});
