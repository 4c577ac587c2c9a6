import fs from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import zlib from 'node:zlib';
import { csvLine, type FullDataCell, type FullDataFormat, type FullDataSheet } from '@outreach/domain/reports';
import ExcelJS from 'exceljs';
import { styleHeaderRow } from '../../../common/excel/xlsx-response';

/**
 * Where the rows of a large export go, sheet after sheet, batch after batch — with backpressure: `rows` resolves
 * only once the bytes written so far have (nearly) reached the file, so memory stays flat however many rows come.
 * No Nest and no database here: it runs inside the export's writing thread (full-data-worker.ts), and the bench's
 * floor uses its pieces.
 */
export interface SheetSink {
  begin(sheet: FullDataSheet): Promise<void>;
  rows(rows: FullDataCell[][]): Promise<void>;
  /** Closes the last sheet and the file; resolves with its size once every byte is on disk. */
  finish(): Promise<number>;
  abort(): void;
}

export function openSink(format: FullDataFormat, file: string, created: Date): SheetSink {
  return format === 'xlsx' ? new XlsxSink(file, created) : new CsvZipSink(file, created);
}

/** Bytes of a sheet's XML allowed to wait for the zip before the writer pauses. */
export const SHEET_QUEUE_LIMIT = 4 * 1024 * 1024;

interface SheetInternals {
  _stream?: { pipes?: Array<{ _writableState?: { length: number } }> };
}

/**
 * exceljs's streaming writer ignores backpressure (exceljs issues #734, #1894, #2916): each committed row's XML
 * goes into a PassThrough inside archiver, which deflates it only as the event loop turns. A loop that commits
 * rows and awaits nothing else keeps every row's XML in memory until the end. Call between batches: while more
 * than `limit` bytes wait for the zip, it sleeps 1 ms at a time so the loop turns. Returns how many times it slept.
 *
 * It reads exceljs internals (the sheet's stream and its first pipe); if their shape changes it only yields once.
 */
export async function drainSheet(ws: ExcelJS.Worksheet, limit = SHEET_QUEUE_LIMIT): Promise<number> {
  const state = (ws as unknown as SheetInternals)._stream?.pipes?.[0]?._writableState;
  if (!state) {
    await new Promise(setImmediate);
    return 0;
  }
  let waits = 0;
  while (state.length > limit) {
    waits++;
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  return waits;
}

/** Adds a sheet with its headings: the house header row (or plain, for the floor), frozen, with an autofilter. */
export function addSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, sheet: Pick<FullDataSheet, 'name' | 'columns'>, styled: boolean): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(sheet.name, styled ? { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] } : {});
  ws.columns = sheet.columns.map((c) => ({ header: c.header, width: c.width }));
  const header = ws.getRow(1);
  if (styled) {
    styleHeaderRow(header);
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  }
  header.commit();
  return ws;
}

/** The style objects a workbook's data rows share (see `addDataRow`). */
export interface DataStyles {
  number: Partial<ExcelJS.Style>;
  other: Partial<ExcelJS.Style>;
}
export const dataStyles = (): DataStyles => ({ number: {}, other: {} });

/**
 * Adds and commits a data row whose cells share one style object per kind: one for numbers, one for the rest.
 * exceljs gives each new cell its own empty style object and, on commit, looks the style up by that object (a
 * WeakMap): a miss every time, so it serialized the style to XML to find its id again, per cell — 4 of the export
 * worker's 26 s of CPU at scale 100. Shared objects hit the WeakMap and get the ids they got before (a number's
 * 'General' format; nothing for a text or an empty cell — two kinds, two ids, hence two objects; no Date cells
 * here). The file is the same byte for byte but its timestamps.
 */
export function addDataRow(ws: ExcelJS.Worksheet, values: FullDataCell[], styles: DataStyles): void {
  const row = ws.addRow(values);
  row.eachCell({ includeEmpty: true }, (cell) => {
    cell.style = typeof cell.value === 'number' ? styles.number : styles.other;
  });
  row.commit();
}

/** One workbook, one sheet per kind, through exceljs's streaming writer (no shared strings: nothing to hold). */
class XlsxSink implements SheetSink {
  private readonly out: fs.WriteStream;
  private readonly wb: ExcelJS.stream.xlsx.WorkbookWriter;
  private ws: ExcelJS.Worksheet | null = null;

  constructor(file: string, created: Date) {
    this.out = fs.createWriteStream(file);
    this.wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: this.out, useStyles: true, useSharedStrings: false });
    this.wb.creator = 'Outreach Desk';
    this.wb.created = created;
    this.wb.modified = created;
  }

  async begin(sheet: FullDataSheet): Promise<void> {
    this.ws?.commit();
    this.ws = addSheet(this.wb, sheet, true);
  }

  private readonly styles = dataStyles();

  async rows(rows: FullDataCell[][]): Promise<void> {
    const ws = this.ws!;
    for (const values of rows) addDataRow(ws, values, this.styles);
    await drainSheet(ws);
  }

  async finish(): Promise<number> {
    this.ws?.commit();
    await this.wb.commit();
    if (!this.out.writableFinished) await finished(this.out);
    return this.out.bytesWritten;
  }

  abort(): void {
    this.out.destroy();
  }
}

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

function crc32(buf: Buffer, crc: number): number {
  let c = ~crc;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

/** MS-DOS date and time, as zip headers store them (local time of the file's creation, here JST). */
function dosDateTime(d: Date): { date: number; time: number } {
  const j = new Date(d.getTime() + 9 * 3600_000);
  return {
    date: ((j.getUTCFullYear() - 1980) << 9) | ((j.getUTCMonth() + 1) << 5) | j.getUTCDate(),
    time: (j.getUTCHours() << 11) | (j.getUTCMinutes() << 5) | Math.floor(j.getUTCSeconds() / 2),
  };
}

const BOM = '\uFEFF';
/** Bit 3: sizes and CRC follow the data; bit 11: the file name is UTF-8. */
const FLAGS = 0x0808;

interface ZipEntry {
  name: Buffer;
  offset: number;
  crc: number;
  compressed: number;
  size: number;
}

/**
 * A zip of one CSV per kind, written as it goes: each file is deflated while its rows arrive and its sizes follow
 * its data (a data descriptor), so nothing waits in memory. UTF-8 with a BOM, so that Excel opens the Japanese
 * text as such by double-click; CRLF line ends. Files stay far under 4 GB (no zip64).
 */
class CsvZipSink implements SheetSink {
  private readonly out: fs.WriteStream;
  private readonly when: { date: number; time: number };
  private readonly entries: ZipEntry[] = [];
  private offset = 0;
  private entry: (ZipEntry & { deflate: zlib.DeflateRaw; done: Promise<void> }) | null = null;

  constructor(file: string, created: Date) {
    this.out = fs.createWriteStream(file);
    this.when = dosDateTime(created);
  }

  /** Writes to the file, waiting when its buffer is full. */
  private async put(buf: Buffer): Promise<void> {
    this.offset += buf.length;
    if (!this.out.write(buf)) await once(this.out, 'drain');
  }

  async begin(sheet: FullDataSheet): Promise<void> {
    await this.close();
    const name = Buffer.from(`${sheet.name}.csv`, 'utf8');
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(FLAGS, 6);
    header.writeUInt16LE(8, 8); // deflate
    header.writeUInt16LE(this.when.time, 10);
    header.writeUInt16LE(this.when.date, 12);
    // CRC and sizes (14–25) stay 0: they follow the data.
    header.writeUInt16LE(name.length, 26);
    const offset = this.offset;
    await this.put(Buffer.concat([header, name]));
    const deflate = zlib.createDeflateRaw({ level: 6 });
    const entry = { name, offset, crc: 0, compressed: 0, size: 0, deflate, done: Promise.resolve() };
    entry.done = (async () => {
      for await (const chunk of deflate as AsyncIterable<Buffer>) {
        entry.compressed += chunk.length;
        await this.put(chunk);
      }
    })();
    entry.done.catch(() => undefined);
    this.entry = entry;
    await this.text(BOM + csvLine(sheet.columns.map((c) => c.header)));
  }

  private async text(s: string): Promise<void> {
    const e = this.entry!;
    const buf = Buffer.from(s, 'utf8');
    e.crc = crc32(buf, e.crc);
    e.size += buf.length;
    if (!e.deflate.write(buf)) await once(e.deflate, 'drain');
  }

  async rows(rows: FullDataCell[][]): Promise<void> {
    let chunk = '';
    for (const r of rows) chunk += csvLine(r);
    await this.text(chunk);
  }

  private async close(): Promise<void> {
    const e = this.entry;
    if (!e) return;
    e.deflate.end();
    await e.done;
    if (e.size > 0xffffffff || this.offset > 0xffffffff) throw new Error('full-data CSV: the zip would need zip64');
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(e.crc, 4);
    descriptor.writeUInt32LE(e.compressed, 8);
    descriptor.writeUInt32LE(e.size, 12);
    await this.put(descriptor);
    this.entries.push({ name: e.name, offset: e.offset, crc: e.crc, compressed: e.compressed, size: e.size });
    this.entry = null;
  }

  async finish(): Promise<number> {
    await this.close();
    const start = this.offset;
    for (const e of this.entries) {
      const h = Buffer.alloc(46);
      h.writeUInt32LE(0x02014b50, 0);
      h.writeUInt16LE(20, 4); // made by: MS-DOS, 2.0
      h.writeUInt16LE(20, 6);
      h.writeUInt16LE(FLAGS, 8);
      h.writeUInt16LE(8, 10);
      h.writeUInt16LE(this.when.time, 12);
      h.writeUInt16LE(this.when.date, 14);
      h.writeUInt32LE(e.crc, 16);
      h.writeUInt32LE(e.compressed, 20);
      h.writeUInt32LE(e.size, 24);
      h.writeUInt16LE(e.name.length, 28);
      h.writeUInt32LE(e.offset, 42);
      await this.put(Buffer.concat([h, e.name]));
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    await this.put(end);
    this.out.end();
    await finished(this.out);
    return this.offset;
  }

  abort(): void {
    this.entry?.deflate.destroy();
    this.out.destroy();
  }
}
