import { randomUUID } from 'node:crypto';
import type ExcelJS from 'exceljs';
import type { EntityManager } from 'typeorm';
import type { UploadedFiles } from '../../common/files/uploaded-files';
import { loadExcelJS } from '../../common/heavy-modules';
import { BusinessPlanEntity } from '../../modules/approvals/business-plan.entity';
import type { ProgramEntity } from '../../modules/programs/program.entity';

/** The fictional plan's sections, as 004 §8(1) lists what a business plan covers. */
async function planWorkbook(program: Pick<ProgramEntity, 'title'>, version: number, places: string[], note: string): Promise<ExcelJS.Workbook> {
  const { Workbook } = await loadExcelJS();
  const wb = new Workbook();
  wb.creator = 'Outreach Desk（デモ）';
  const ws = wb.addWorksheet('業務計画書');
  ws.columns = [{ width: 22 }, { width: 70 }];
  ws.addRow([`業務計画書（第${version}版）`]).font = { bold: true, size: 14 };
  ws.addRow([program.title]);
  ws.addRow([]);
  for (const [label, text] of [
    ['実施場所', places.join('、')],
    ['実施日', '施設・個人宅：平日（市職員同行、申請時来庁方式）／商業施設等：土日を含む（交付時来庁方式）'],
    ['広報・PRの実施方法', '市報・町内会回覧・施設への案内文配布、商業施設内の掲示'],
    ['実施体制', '1班2名以上（うち責任者1名）、市職員1名同行（施設・個人宅）'],
    ['運用方法', '実施場所は事前に市の承認を受ける。日次報告は翌営業日までに提出する'],
    ['変更点', note],
  ]) {
    const row = ws.addRow([label, text]);
    row.getCell(1).font = { bold: true };
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
  }
  return wb;
}

/**
 * 業務計画書 (004 §8(1)) of the Shimonoseki demo: version 1 consented to when the contract began, and an
 * amendment (version 2, adding the venue that waits for its site approval) submitted yesterday and waiting for
 * the city — on the city admin's attention list. Written as real workbooks, so the demo's download opens.
 */
export async function seedDemoBusinessPlan(
  m: EntityManager,
  files: UploadedFiles,
  program: Pick<ProgramEntity, 'id' | 'title' | 'periodStart'>,
  places: string[],
  pendingPlace: string,
  users: { vendorUserId: string; cityUserId: string },
  now: Date,
): Promise<void> {
  const start = new Date(`${program.periodStart}T09:00:00+09:00`);
  const versions = [
    { version: 1, places, title: '業務計画書', note: '初版', status: 'approved', submittedAt: start, decidedBy: users.cityUserId, decidedAt: new Date(start.getTime() + 86_400_000) },
    { version: 2, places: [...places, pendingPlace], title: '業務計画書（実施場所の追加）', note: `実施場所に「${pendingPlace}」を追加`, status: 'submitted', submittedAt: new Date(now.getTime() - 86_400_000), decidedBy: null, decidedAt: null },
  ];
  for (const v of versions) {
    const id = randomUUID();
    const bytes = Buffer.from(await (await planWorkbook(program, v.version, v.places, v.note)).xlsx.writeBuffer());
    await files.write(`plans/${program.id}/${id}`, bytes);
    await m.getRepository(BusinessPlanEntity).insert({
      id,
      programId: program.id,
      version: v.version,
      // The screen puts 第N版 before the title: the title says what the version is about.
      title: v.title,
      fileName: `業務計画書_第${v.version}版.xlsx`,
      kind: 'xlsx',
      bytes: bytes.length,
      note: v.note,
      status: v.status,
      returnReason: null,
      submittedBy: users.vendorUserId,
      submittedAt: v.submittedAt,
      decidedBy: v.decidedBy,
      decidedAt: v.decidedAt,
    });
  }
}
