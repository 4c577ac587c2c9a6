import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * exceljs is the API's dependency; a browser test fills a downloaded template with it, as a facility would in Excel.
 * Only the few members the tests use are typed.
 */
const apiRequire = createRequire(path.resolve(__dirname, '../../../../api/package.json'));
type Sheet = { getRow(n: number): { getCell(c: number): { value: unknown } } };
type Workbook = { xlsx: { readFile(p: string): Promise<unknown>; writeBuffer(): Promise<ArrayBuffer> }; getWorksheet(name: string): Sheet | undefined; addWorksheet(name: string): { addRow(values: unknown[]): unknown } };
export const ExcelJS = apiRequire('exceljs') as { Workbook: new () => Workbook };
