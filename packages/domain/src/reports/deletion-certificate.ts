import { type PersonalDataDeletionRule, PERSONAL_DATA_DELETION_RULES_JA } from '../bookings/booking-api.schema.js';
import { formatPeriod } from '../common/wareki.js';
import type { ReportContext } from './figures.js';
import { SheetBuilder, type WorkbookSpec } from './sheet.js';
import { jaDate, jaDateTime } from './tables.js';

/**
 * 個人情報削除証明書 (個人情報取扱特記事項 §10): the vendor certifies to the city that every reservation's personal
 * data collected for the contract was deleted, or handed over to the city and then deleted — each with its
 * reception number, when, on which rule and by whom (or the automatic deletion). Dates in the program's era style.
 */
export interface CertificateRow {
  receptionNumber: number;
  kind: string;
  visitDate: string | null;
  /** ISO instant of the deletion. */
  deletedAt: string;
  rule: PersonalDataDeletionRule | null;
  /** The user's name, or null when the scheduled deletion did it. */
  deletedByName: string | null;
}

export const DELETION_CERTIFICATE_HEADERS = ['受付番号', '種別', '訪問日', '削除日時', '削除の理由', '実施者'] as const;

export function shapeDeletionCertificate(input: {
  context: ReportContext;
  periodStart: string;
  periodEnd: string;
  /** ISO instant the program was closed, or null (then the certificate says it is provisional). */
  closedAt: string | null;
  rows: readonly CertificateRow[];
  /** Records that still hold personal data (0 once closed). */
  remaining: number;
}): WorkbookSpec {
  const { context: ctx } = input;
  const style = ctx.eraStyle;
  const sheet = new SheetBuilder('削除証明書', {
    title: '個人情報削除証明書',
    meta: [
      ['宛先', `${ctx.municipalityName}長\u3000様`],
      ['事業名', ctx.programTitle],
      ['受託者', ctx.vendorNames.join('、')],
      ['契約期間', formatPeriod(input.periodStart, input.periodEnd, style)],
      ['終了手続き日', input.closedAt ? jaDateTime(input.closedAt, style) : '未了'],
      ['証明日', jaDate(ctx.createdOn, style)],
    ],
  });
  sheet.note(
    '個人情報取扱特記事項第10に基づき、本業務を処理するために収集し、又は作成した個人情報（受付票）を、',
    '下記のとおり削除し、又は貴市へ引き渡した上で削除したことを証明します。',
    '削除は記録ごとの暗号鍵の破棄により行っており、削除した個人情報はバックアップを含め復元できません。',
  );
  const byRule = (rules: readonly (PersonalDataDeletionRule | null)[]) => input.rows.filter((r) => rules.includes(r.rule)).length;
  sheet.table({
    heading: '削除の内訳',
    columns: [
      { header: '区分', kind: 'text', width: 36 },
      { header: '件数', kind: 'int', total: 'sum' },
    ],
    rows: [
      ['利用目的の終了による削除（訪問完了・市への共有後 等）', byRule(['visited_shared', 'facility_visited', 'closed_retention', null])],
      [PERSONAL_DATA_DELETION_RULES_JA.contract_closed, byRule(['contract_closed'])],
      [PERSONAL_DATA_DELETION_RULES_JA.handed_over, byRule(['handed_over'])],
    ],
    totalLabel: '合計',
  });
  sheet.table({
    heading: '削除した個人情報の一覧',
    columns: [
      { header: DELETION_CERTIFICATE_HEADERS[0], kind: 'int' },
      { header: DELETION_CERTIFICATE_HEADERS[1], kind: 'text', width: 8 },
      { header: DELETION_CERTIFICATE_HEADERS[2], kind: 'text', width: 18 },
      { header: DELETION_CERTIFICATE_HEADERS[3], kind: 'text', width: 22 },
      { header: DELETION_CERTIFICATE_HEADERS[4], kind: 'text', width: 34 },
      { header: DELETION_CERTIFICATE_HEADERS[5], kind: 'text', width: 16 },
    ],
    rows: input.rows.map((r) => [
      r.receptionNumber,
      r.kind === 'facility' ? '施設' : '個人宅',
      r.visitDate ? jaDate(r.visitDate, style) : '',
      jaDateTime(r.deletedAt, style),
      r.rule ? PERSONAL_DATA_DELETION_RULES_JA[r.rule] : '記録なし',
      r.deletedByName ?? '自動削除',
    ]),
  });
  if (input.remaining > 0 || !input.closedAt) {
    sheet.note(`※この証明書は終了手続きの途中のものです。個人情報が残っている記録: ${input.remaining}件`);
  }
  sheet.note('', `${ctx.vendorNames.join('、')}${'\u3000'.repeat(12)}印`);
  return { sheets: [sheet.build()] };
}
