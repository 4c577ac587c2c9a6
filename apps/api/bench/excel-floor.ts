import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { caseResult, type CompletionCells, countCells, type ExcelCaseResult, type ExcelTask, measure, serve, toFile, type VendorSample } from './excel-child';
import { addDataRow, addSheet, dataStyles, drainSheet } from '../src/modules/reports/full-data/full-data-sink';

/**
 * The floor of the Excel benchmark: exceljs's streaming WorkbookWriter alone, in a bare process (no app, no
 * database, no queries, no shaping, no worker thread, no header style), writing the same cells the product case wrote
 * (handed over as JSON and loaded before the clock starts).
 */
async function runFloor(task: ExcelTask): Promise<ExcelCaseResult> {
  if (task.kind === 'completion-floor') {
    const cells = JSON.parse(fs.readFileSync(task.dataFile, 'utf8')) as CompletionCells;
    const m = await measure(task.repeat, () =>
      toFile(task.outFile, async (stream) => {
        const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
        for (const sheet of cells.sheets) {
          const ws = wb.addWorksheet(sheet.name);
          for (const r of sheet.rows) {
            const row = ws.getRow(r.index);
            r.values.forEach((v, i) => {
              if (v !== null && v !== '') row.getCell(i + 1).value = v;
            });
            row.commit();
          }
          ws.commit();
        }
        await wb.commit();
      }),
    );
    return caseResult(task, m, { ...countCells(cells), bootMs: null });
  }

  if (task.kind === 'vendor-export-floor') {
    const sample = JSON.parse(fs.readFileSync(task.dataFile, 'utf8')) as VendorSample;
    const m = await measure(1, () =>
      toFile(task.outFile, async (stream) => {
        const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
        // Pauses every 2,000 rows until the zip has caught up, as the product does between its batch reads
        // (drainSheet: exceljs applies no backpressure of its own); the cells share style objects as the product's
        // do (addDataRow: exceljs's cheapest way to write them).
        const styles = dataStyles();
        for (const sheet of sample.sheets) {
          const ws = addSheet(wb, sheet, false);
          for (let i = 0; i < sheet.total; i++) {
            addDataRow(ws, sheet.sample[i % sheet.sample.length], styles);
            if (i % 2000 === 1999) await drainSheet(ws);
          }
          ws.commit();
        }
        await wb.commit();
      }),
    );
    return caseResult(task, m, {
      rows: sample.sheets.reduce((n, s) => n + s.total, 0),
      cells: sample.sheets.reduce((n, s) => n + s.total * s.columns.length, 0),
      bootMs: null,
    });
  }
  throw new Error(`excel-floor: not a floor case: ${task.kind}`);
}

if (require.main === module) serve(runFloor);
