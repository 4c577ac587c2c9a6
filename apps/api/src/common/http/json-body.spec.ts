import express from 'express';
import request from 'supertest';
import { seededRandom } from '../../database/seed/random';
import { jsonBytes, keepJsonBytes, useJsonBytes } from './json-body';

/** Values of every kind JSON.stringify treats specially, nested, with Japanese text; deterministic. */
function valueOf(random: () => number, depth: number): unknown {
  const pick = Math.floor(random() * (depth > 3 ? 9 : 13));
  const text = () => ['小樽市', '出張申請', 'a"b\\c', '\n\t', '😀', 'ｶﾅ', ''][Math.floor(random() * 7)].repeat(1 + Math.floor(random() * 3));
  switch (pick) {
    case 0:
      return null;
    case 1:
      return undefined;
    case 2:
      return Math.floor(random() * 2000) - 1000;
    case 3:
      return [NaN, Infinity, -0, 0.5, 1e21][Math.floor(random() * 5)];
    case 4:
      return text();
    case 5:
      return random() < 0.5;
    case 6:
      return new Date(Date.UTC(2026, 9, 1 + Math.floor(random() * 30)));
    case 7:
      return () => 1;
    case 8: {
      const shown = text();
      return { toJSON: () => `custom ${shown}` };
    }
    case 9: {
      const n = Math.floor(random() * 6);
      return Array.from({ length: n }, () => valueOf(random, depth + 1));
    }
    case 10: {
      const o: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
      o[text()] = valueOf(random, depth + 1);
      return o;
    }
    default: {
      const n = Math.floor(random() * 6);
      return Object.fromEntries(Array.from({ length: n }, (_, i) => [`${text()}${i}`, valueOf(random, depth + 1)]));
    }
  }
}

describe('jsonBytes', () => {
  it('gives the very bytes of JSON.stringify for arrays and objects of every kind of value', () => {
    const random = seededRandom(20261206);
    for (let i = 0; i < 2000; i++) {
      const value = random() < 0.5 ? [valueOf(random, 1), valueOf(random, 1), valueOf(random, 0)] : { a: valueOf(random, 0), b: [valueOf(random, 1), undefined, () => 1], c: valueOf(random, 1), d: undefined };
      expect(jsonBytes(value).toString('utf8')).toBe(JSON.stringify(value));
    }
  });

  it('gives the same bytes across its pieces for a large answer with Japanese text (a list of 100 programs)', () => {
    const guidance = '申請から約1か月後に交付通知書（はがき）が届きます。受取日時を予約のうえ、ご本人が来庁して受け取ります。'.repeat(20);
    const list = Array.from({ length: 100 }, (_, i) => ({ id: `p${i}`, title: `検証市${i}マイナンバーカード出張申請受付等業務`, guidance: { pickUp: guidance, fee: 1000 }, closedAt: null, vendors: ['株式会社みなと', '😀'] }));
    const bytes = jsonBytes(list);
    expect(bytes.length).toBeGreaterThan(100_000);
    expect(bytes.equals(Buffer.from(JSON.stringify(list), 'utf8'))).toBe(true);
    const summary = { program: { title: '小樽市' }, calls: Array.from({ length: 60 }, (_, w) => ({ weekStart: `2026-W${w}`, total: w, note: guidance })), kpis: { held: 3 } };
    expect(jsonBytes(summary).equals(Buffer.from(JSON.stringify(summary), 'utf8'))).toBe(true);
  });

  it('writes a value a cache keeps once, and any other value each time it is answered', () => {
    const list = keepJsonBytes([{ title: '小樽市' }, { title: '下関市' }]);
    const first = jsonBytes(list);
    expect(jsonBytes(list)).toBe(first);
    expect(first.toString('utf8')).toBe(JSON.stringify(list));
    const plain = [{ title: '小樽市' }];
    expect(jsonBytes(plain)).not.toBe(jsonBytes(plain));
    expect(jsonBytes(plain).equals(jsonBytes(plain))).toBe(true);
  });

  it('answers through Express with the same body, type and length as res.json did, and leaves other answers to it', async () => {
    const app = express();
    useJsonBytes(app);
    const body = { data: ['小樽市', 1, null], total: 3 };
    app.get('/object', (_req, res) => res.json(body));
    app.get('/array', (_req, res) => res.json([body, body]));
    app.get('/text', (_req, res) => res.json('小樽市'));
    app.get('/typed', (_req, res) => res.type('application/problem+json').json({ title: '不正な入力' }));
    for (const [path, expected] of [['/object', body], ['/array', [body, body]], ['/text', '小樽市']] as const) {
      const res = await request(app).get(path);
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(JSON.stringify(expected)));
      expect(res.body).toEqual(expected);
    }
    const typed = await request(app).get('/typed');
    expect(typed.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(JSON.parse(typed.text)).toEqual({ title: '不正な入力' });
  });
});
