import { FACILITY_LIST_HEADERS, shapeFacilityList } from './facility-list.js';
import { illegibleSheets } from './print-scale.js';

describe(shapeFacilityList.name, () => {
  const context = { municipalityName: '小樽市', programTitle: '出張申請受付業務', vendorNames: ['受託者'], eraStyle: 'wareki' as const, createdOn: '2026-09-01' };
  const spec = shapeFacilityList({
    context,
    asOf: '2026-09-01',
    rows: [
      { name: '特別養護老人ホーム みなと園（架空）', type: 'special_nursing_home', district: '中央地区', stage: 'coordinating', receivedDate: '2026-08-01', visitDate: '2026-10-01', done: { notice: '2026-08-30', pre_meeting: null, applicant_list: null }, expectedApplicants: 12, listedApplicants: null },
      { name: 'グループホーム しおかぜ（架空）', type: 'group_home', district: null, stage: 'registered', receivedDate: null, visitDate: null, done: {}, expectedApplicants: 8, listedApplicants: null },
    ],
  });
  const sheet = spec.sheets[0];

  it('lists each facility with its stage, its steps\' due dates counted back from the visit and the days they were done', () => {
    expect(sheet.rows.find((r) => r.style === 'header')!.cells.map((c) => c.value)).toEqual([...FACILITY_LIST_HEADERS]);
    const data = sheet.rows.filter((r) => r.style === 'data').map((r) => r.cells.map((c) => c.value));
    expect(data[0]).toEqual(['特別養護老人ホーム みなと園（架空）', '特別養護老人ホーム', '中央地区', '調整中', '令和8年8月1日', '令和8年10月1日', '令和8年9月1日', '令和8年8月30日', '令和8年9月11日', '', '令和8年9月24日', '', 12, null]);
    expect(data[1].slice(0, 6)).toEqual(['グループホーム しおかぜ（架空）', 'グループホーム', '', '未依頼', '', '']);
    expect(sheet.rows.some((r) => r.cells.some((c) => c.value === '施設数：2（未依頼 1、調整中 1）'))).toBe(true);
  });

  it('prints on A4 at 70% or more', () => {
    expect(illegibleSheets(spec)).toEqual([]);
  });
});
