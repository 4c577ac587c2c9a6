import { RECEPTION_LIST_HEADERS, shapeReceptionList } from './reception-list.js';

describe(shapeReceptionList.name, () => {
  const context = { municipalityName: '小樽市', programTitle: '出張申請受付業務', vendorNames: ['受託者'], eraStyle: 'wareki' as const, createdOn: '2026-09-01' };

  it('lays out one row per reception with its dates in 和暦 and a total of planned applications', () => {
    const spec = shapeReceptionList({
      context,
      asOf: '2026-09-01',
      rows: [
        { receptionNumber: 1, receivedDate: '2026-06-02', status: 'visited', visitDate: '2026-06-17', plannedApplications: 2, sharedWithCityDate: '2026-06-09', visitFinishedDate: '2026-06-17', personalDataDeletedDate: '2026-06-17' },
        { receptionNumber: 2, receivedDate: '2026-06-03', status: 'cancelled', visitDate: null, plannedApplications: 1, sharedWithCityDate: null, visitFinishedDate: null, personalDataDeletedDate: null },
      ],
    });
    const sheet = spec.sheets[0];
    expect(sheet.name).toBe('受付一覧表');
    const header = sheet.rows.find((r) => r.style === 'header')!;
    expect(header.cells.map((c) => c.value)).toEqual([...RECEPTION_LIST_HEADERS]);
    const data = sheet.rows.filter((r) => r.style === 'data');
    expect(data[0].cells.map((c) => c.value)).toEqual([1, '令和8年6月2日', '令和8年6月17日', 2, '令和8年6月9日', '令和8年6月17日', '令和8年6月17日']);
    expect(data[1].cells[2].value).toBe('');
    const total = sheet.rows.find((r) => r.style === 'total')!;
    expect(total.cells[3].value).toMatchObject({ result: 3 });
    // The reservations as the funnel and the targets count them: the cancellation is listed, not counted.
    expect(sheet.rows.some((r) => r.cells.some((c) => c.value === '予約件数（キャンセルを除く）：1件（受付2件）'))).toBe(true);
  });
});
