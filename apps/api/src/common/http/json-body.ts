import type { Express, Response } from 'express';

/** Pieces of JSON are gathered up to about this many characters before they are turned into UTF-8. */
const PIECE_CHARS = 8192;

const skipped = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return (proto === Object.prototype || proto === null) && typeof (v as { toJSON?: unknown }).toJSON !== 'function';
}

/** Values kept by a cache and served again as they are, with their bytes once written (null until then). */
const kept = new WeakMap<object, Buffer | null>();

/**
 * Marks a value a cache keeps and serves unchanged (a program list, a dashboard summary): its bytes are written once
 * and sent again as they are while the value lives. It must not be changed after it was first answered.
 */
export function keepJsonBytes<T extends object>(value: T): T {
  kept.set(value, null);
  return value;
}

/**
 * The UTF-8 bytes of `JSON.stringify(value)`, the same bytes, made in pieces of a few kB (those of a value marked by
 * keepJsonBytes, once). On Node 20, turning one large string into UTF-8 costs two to three times what the same text
 * costs in pieces when it holds much Japanese (the vendor's list of 100 programs, 350 kB: docs/performance.md). An array is written element by element; a plain object
 * at the top, value by value, and an array among its values element by element (the dashboard summary's weeks);
 * everything below that with JSON.stringify itself, which keeps its rules (toJSON, undefined, NaN) in one place.
 */
export function jsonBytes(value: unknown): Buffer {
  if (typeof value !== 'object' || value === null || !kept.has(value)) return written(value);
  const bytes = kept.get(value) ?? written(value);
  kept.set(value, bytes);
  return bytes;
}

function written(value: unknown): Buffer {
  const parts: Buffer[] = [];
  let pending = '';
  const push = (text: string) => {
    pending += text;
    if (pending.length >= PIECE_CHARS) {
      parts.push(Buffer.from(pending, 'utf8'));
      pending = '';
    }
  };
  const write = (v: unknown, depth: number): void => {
    if (Array.isArray(v) && depth <= 1) {
      push('[');
      v.forEach((item, i) => push((i ? ',' : '') + (skipped(item) ? 'null' : JSON.stringify(item))));
      push(']');
    } else if (depth === 0 && isPlainObject(v)) {
      let first = true;
      push('{');
      for (const [key, item] of Object.entries(v)) {
        if (skipped(item)) continue;
        push(`${first ? '' : ','}${JSON.stringify(key)}:`);
        first = false;
        write(item, 1);
      }
      push('}');
    } else {
      push(JSON.stringify(v));
    }
  };
  write(value, 0);
  parts.push(Buffer.from(pending, 'utf8'));
  return parts.length === 1 ? parts[0] : Buffer.concat(parts);
}

/**
 * Express's `res.json` for this app's answers: arrays and plain objects as `jsonBytes` (the same bytes, the same
 * `application/json; charset=utf-8`), anything else — and any answer whose content type a handler set — as before.
 * The app sets no `json replacer`, `json spaces` or `json escape`, which this does not read.
 */
export function useJsonBytes(app: Express): void {
  const plain = app.response.json;
  app.response.json = function json(this: Response, body: unknown) {
    if (this.get('Content-Type') || !(Array.isArray(body) || isPlainObject(body))) return plain.call(this, body);
    this.set('Content-Type', 'application/json; charset=utf-8');
    return this.send(jsonBytes(body));
  };
}
