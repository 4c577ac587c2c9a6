import ExcelJS from 'exceljs';

/** supertest parser that keeps a binary response (an .xlsx) as one Buffer. */
export function binary(res: { on(event: string, listener: (chunk: Buffer) => void): void }, callback: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}

/** Reads a downloaded workbook back with exceljs, as the tests check what a city official would open. */
export async function readWorkbook(body: unknown): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as ArrayBuffer);
  return wb;
}
