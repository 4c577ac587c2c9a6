import { halfLabel } from '../bookings/slots.js';
import { applicantOutingDifficulty, applicantRelation, CALLER_RELATION_LABELS, type FacilityRequest, type HomeIntake } from '../bookings/intake.js';
import { APPLICATION_TYPE_LABELS } from '../sessions/application-type.js';
import { type ReportContext, reportMeta } from './figures.js';
import { SheetBuilder, type TableColumn, type WorkbookSpec } from './sheet.js';
import { jaDate } from './tables.js';

/**
 * 受付票 as a workbook (the file a city that still wants one receives, §9(1), or the slips handed over when the
 * contract ends, 特記事項 §10): one row per applicant of a home visit, one row per facility. It holds personal
 * data, so the API only ever writes it encrypted with a one-time password (ADR 0010).
 */
export interface SlipHome {
  receptionNumber: number;
  visitDate: string | null;
  half: 'am' | 'pm' | 'both' | null;
  intake: Pick<HomeIntake, 'caller' | 'applicants' | 'parking' | 'cautions'>;
}

export interface SlipFacility {
  receptionNumber: number;
  visitDate: string | null;
  estimatedApplicants: number;
  request: Pick<FacilityRequest, 'facilityName' | 'facilityType' | 'address' | 'phone' | 'contactName' | 'notes'>;
}

const PARKING_JA = { available: 'あり', unavailable: 'なし', unknown: '不明' } as const;
const yesNo = (v: boolean) => (v ? '可' : '不可');
/** Each sheet's first two columns: the slip's reception number and its visit day. */
const SLIP_COLUMNS: TableColumn[] = [
  { header: '受付番号', kind: 'int' },
  { header: '訪問日', kind: 'text', width: 18 },
];

export function shapeReceptionSlips(input: { context: ReportContext; title: string; period: { label: string; value: string }; home: readonly SlipHome[]; facilities: readonly SlipFacility[] }): WorkbookSpec {
  const style = input.context.eraStyle;
  const date = (d: string | null) => (d ? jaDate(d, style) : '未定');
  const sheet = (name: string) => new SheetBuilder(name, { title: input.title, meta: reportMeta(input.context, input.period) }, { orientation: 'landscape' });
  const home = sheet('個人宅');
  home.table({
    freeze: true,
    columns: [
      ...SLIP_COLUMNS,
      { header: '時間帯', kind: 'text', width: 8 },
      { header: '氏名', kind: 'text', width: 16 },
      { header: 'ふりがな', kind: 'text', width: 18 },
      { header: '生年月日', kind: 'text', width: 18 },
      { header: '住所', kind: 'text', width: 30 },
      { header: '電話番号', kind: 'text', width: 15 },
      { header: '申請の種類', kind: 'text', width: 12 },
      { header: '外出が困難な事情', kind: 'text', width: 24 },
      { header: '撮影・記入・介助者', kind: 'text', width: 18 },
      { header: '予約の連絡者', kind: 'text', width: 24 },
      { header: '駐車', kind: 'text', width: 6 },
      { header: '訪問時の注意', kind: 'text', width: 24 },
    ],
    rows: input.home.flatMap((s) =>
      s.intake.applicants.map((a, i) => [
        s.receptionNumber,
        date(s.visitDate),
        s.half ? halfLabel(s.half) : '',
        a.name,
        a.kana,
        jaDate(a.dateOfBirth, style),
        a.address,
        a.phone,
        APPLICATION_TYPE_LABELS[a.applicationType],
        applicantOutingDifficulty(s.intake, i),
        `撮影${yesNo(a.condition.photoPossible)}・記入${yesNo(a.condition.canWrite)}・介助者${a.condition.caregiverPresent ? 'あり' : 'なし'}`,
        [CALLER_RELATION_LABELS[applicantRelation(s.intake, i)], s.intake.caller.name, s.intake.caller.phone].filter(Boolean).join(' '),
        PARKING_JA[s.intake.parking],
        s.intake.cautions ?? '',
      ]),
    ),
  });
  home.note('※個人情報を含みます。受領後は市の定めに従って保管・廃棄してください。このファイルの作成とダウンロードは取扱記録に残っています。');
  const sheets = [home.build()];
  if (input.facilities.length) {
    const facilities = sheet('施設');
    facilities.table({
      freeze: true,
      columns: [
        ...SLIP_COLUMNS,
        { header: '施設名', kind: 'text', width: 24 },
        { header: '施設の種類', kind: 'text', width: 16 },
        { header: '住所', kind: 'text', width: 30 },
        { header: '電話番号', kind: 'text', width: 15 },
        { header: '御担当者', kind: 'text', width: 14 },
        { header: '申請者数の目安', kind: 'int' },
        { header: '備考', kind: 'text', width: 24 },
      ],
      rows: input.facilities.map((f) => [f.receptionNumber, date(f.visitDate), f.request.facilityName, f.request.facilityType, f.request.address, f.request.phone, f.request.contactName, f.estimatedApplicants, f.request.notes ?? '']),
    });
    sheets.push(facilities.build());
  }
  return { sheets };
}
