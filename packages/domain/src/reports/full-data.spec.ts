import { csvLine, FULL_DATA_HEADERS, FULL_DATA_SHEETS, fullDataBookingCells, fullDataCallCells, fullDataDailyReportCells, fullDataFilename, fullDataParamsSchema, fullDataSessionCells } from './full-data.js';
import { reportJobBodySchema } from './report-params.js';

const program = { municipality: '小樽市', title: 'マイナンバーカード出張申請受付' };

describe('全件データ', () => {
  it('has no column for personal data or free text', () => {
    for (const h of FULL_DATA_HEADERS) expect(h).not.toMatch(/氏名|名前|住所|電話番号|生年月日|メモ|備考|理由|問題点|場所|特記事項|キャプション/);
  });

  it('gives every row as many cells as its sheet has columns', () => {
    const width = (key: string) => FULL_DATA_SHEETS.find((s) => s.key === key)!.columns.length;
    const counts = Object.fromEntries(['applicationsNew', 'applicationsRenewal', 'applicationsReissueLost', 'applicationsReissueDamaged', 'applicationsReissueOther', 'faceAuthCards', 'mailToFacility', 'consultations', 'photosTakenOnSite', 'photosBrought', 'photoRetakes', 'photoExceptionsMedical', 'photoExceptionsDisability', 'photoExceptionsBedridden', 'photoExceptionsOther', 'proxyWriting', 'notTaken'].map((f) => [f, 1]));
    const session = fullDataSessionCells(program, { date: '2026-09-01', startTime: '10:00', endTime: null, serviceKind: 'facility_visit', method: 'on_site_acceptance', status: 'held', cityStaffPresent: true, counts: counts as never });
    expect(session).toHaveLength(width('sessions'));
    expect(session.slice(0, 3)).toEqual(['小樽市', program.title, '2026-09-01']);
    const call = fullDataCallCells(program, { date: '2026-09-01', receivedAt: '2026-09-01T00:30:00.000Z', direction: 'in', category: 'reservation', outcome: null, count: 1, durationMinutes: 4, outsideHours: false, late: true });
    expect(call).toHaveLength(width('calls'));
    expect(call[3]).toBe('09:30'); // JST
    expect(call.slice(-2)).toEqual([null, '○']);
    const booking = fullDataBookingCells(program, { receptionNumber: 7, kind: 'home', status: 'visited', receivedDate: '2026-08-20', visitDate: '2026-09-01', half: 'am', district: '稲穂', applicants: 2, plannedApplications: 2, callerRelation: 'self', visitFinishedDate: '2026-09-01' });
    expect(booking).toHaveLength(width('bookings'));
    expect(booking).toEqual(['小樽市', program.title, 7, '個人宅訪問', expect.any(String), '2026-08-20', '2026-09-01', '午前', '稲穂', 2, 2, '本人', '2026-09-01']);
    expect(fullDataDailyReportCells(program, { date: '2026-09-01', status: 'accepted', submittedAt: '2026-09-01T09:00:00.000Z', decidedAt: null })).toEqual(['小樽市', program.title, '2026-09-01', '受理済み', '2026-09-01 18:00', null]);
  });

  it('writes CSV fields as Excel reads them', () => {
    expect(csvLine(['a', 1, null, 'b,c', 'say "hi"', '1\n2'])).toBe('a,1,,"b,c","say ""hi""","1\n2"\r\n');
  });

  it('names the file by the scope, the day and the format', () => {
    expect(fullDataFilename('小樽市', '2026-12-05', 'xlsx')).toBe('小樽市_全件データ_2026年12月5日.xlsx');
    expect(fullDataFilename('小樽市', '2026-12-05', 'csv')).toBe('小樽市_全件データ_2026年12月5日.zip');
  });

  it('takes xlsx unless csv is asked for, and is a report job kind', () => {
    expect(fullDataParamsSchema.parse({})).toEqual({ format: 'xlsx' });
    expect(fullDataParamsSchema.safeParse({ format: 'pdf' }).success).toBe(false);
    expect(reportJobBodySchema.parse({ kind: 'full-data', params: { format: 'csv' } }).kind).toBe('full-data');
  });
});
