/**
 * Malformed inputs derived from the OpenAPI document: a plausible body from each route's JSON schema, then one
 * thing broken at a time (wrong type, missing, huge, impossible date, full-width digits, control characters,
 * __proto__, deep nesting, 100k arrays). Deterministic for a seed, so a failure can be replayed.
 */

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minimum?: number;
  minItems?: number;
  minLength?: number;
  default?: unknown;
  additionalProperties?: boolean | JsonSchema;
}

export { seededRandom as random } from '../../src/database/seed/random';

export function pick<T>(rnd: () => number, items: readonly T[], n: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < n && pool.length) out.push(pool.splice(Math.floor(rnd() * pool.length), 1)[0]);
  return out;
}

function options(s: JsonSchema): JsonSchema {
  const alt = s.anyOf ?? s.oneOf;
  if (alt) return alt.find((o) => o.type !== 'null') ?? alt[0];
  if (s.allOf?.length) return Object.assign({}, ...s.allOf) as JsonSchema;
  return s;
}

const typeOf = (s: JsonSchema) => (Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type);
const isDateLike = (s: JsonSchema) => s.format === 'date' || (s.pattern ?? '').includes('\\d{4}-\\d{2}-\\d{2}');

/** A plausible value for a schema; ids are filled with `id` (the actor's own program, so bodies get past lookups). */
export function plausible(schema: JsonSchema, id: string, depth = 0): unknown {
  const s = options(schema);
  if (s.const !== undefined) return s.const;
  if (s.enum?.length) return s.enum[0];
  if (s.default !== undefined && depth > 0) return s.default;
  switch (typeOf(s)) {
    case 'string':
      if (s.format === 'uuid') return id;
      if (s.format === 'date-time') return '2026-07-01T01:00:00Z';
      if (isDateLike(s)) return '2026-07-01';
      if ((s.pattern ?? '').includes(':')) return '10:00';
      if ((s.pattern ?? '').includes('\\d{4}-\\d{2}')) return '2026-07';
      return 'テスト'.repeat(Math.max(1, Math.ceil((s.minLength ?? 1) / 3)));
    case 'integer':
    case 'number':
      return Math.max(1, s.minimum ?? 1);
    case 'boolean':
      return false;
    case 'array':
      return depth > 6 ? [] : Array.from({ length: Math.max(1, s.minItems ?? 1) }, () => plausible(s.items ?? {}, id, depth + 1));
    case 'object': {
      if (depth > 6) return {};
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(s.properties ?? {})) out[k] = plausible(v, id, depth + 1);
      return out;
    }
    default:
      return 'テスト';
  }
}

interface Leaf {
  path: string[];
  schema: JsonSchema;
}

/** Every property path of a schema (objects and arrays descended; array items as index 0). */
export function leaves(schema: JsonSchema, path: string[] = [], depth = 0): Leaf[] {
  const s = options(schema);
  const here: Leaf[] = path.length ? [{ path, schema: s }] : [];
  if (depth > 6) return here;
  if (typeOf(s) === 'object') return [...here, ...Object.entries(s.properties ?? {}).flatMap(([k, v]) => leaves(v, [...path, k], depth + 1))];
  if (typeOf(s) === 'array' && s.items) return [...here, ...leaves(s.items, [...path, '0'], depth + 1)];
  return here;
}

function setAt(body: unknown, path: string[], value: unknown | typeof REMOVE): unknown {
  const copy = structuredClone(body) as Record<string, unknown>;
  let node: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  const last = path[path.length - 1];
  if (value === REMOVE) delete node[last];
  else node[last] = value;
  return copy;
}
const REMOVE = Symbol('remove');

function nested(levels: number): unknown {
  let v: unknown = 'x';
  for (let i = 0; i < levels; i++) v = { a: v };
  return v;
}

/** Raw JSON text, so __proto__ arrives as an own key exactly as an attacker would send it. */
export type Variant = { name: string; json: string };

const json = (name: string, value: unknown): Variant => ({ name, json: JSON.stringify(value) });

/** The malformed bodies for one route's schema: whole-body breakage plus a sample of field-level breakage. */
export function malformedBodies(schema: JsonSchema, id: string, rnd: () => number, perRoute = 8): Variant[] {
  const base = plausible(schema, id);
  const out: Variant[] = [json('array instead of object', []), json('a bare string', 'x'), json('null', null), json('deep nesting', nested(2000))];
  out.push({ name: '__proto__ and constructor keys', json: JSON.stringify(base).replace(/^\{/, '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},') });
  const all = leaves(schema);
  const broken = (leaf: Leaf): Variant[] => {
    const p = leaf.path.join('.');
    const t = typeOf(leaf.schema);
    const v: Variant[] = [
      json(`${p}: wrong type`, setAt(base, leaf.path, t === 'string' ? 12345 : t === 'array' ? { length: 1 } : 'abc')),
      json(`${p}: missing`, setAt(base, leaf.path, REMOVE)),
      json(`${p}: null`, setAt(base, leaf.path, null)),
      json(`${p}: huge string`, setAt(base, leaf.path, 'あ'.repeat(100_000))),
      json(`${p}: control and bidi characters`, setAt(base, leaf.path, 'a\u0000b\u202Ec\uD800d\u0007')),
      json(`${p}: deep nesting`, setAt(base, leaf.path, nested(500))),
    ];
    if (t === 'string' && isDateLike(leaf.schema)) {
      v.push(json(`${p}: impossible date`, setAt(base, leaf.path, '2026-02-30')), json(`${p}: five-digit year`, setAt(base, leaf.path, '99999-01-01')));
      v.push(json(`${p}: full-width digits`, setAt(base, leaf.path, '２０２６-０７-０１')));
    }
    if (t === 'integer' || t === 'number') v.push(json(`${p}: full-width digits`, setAt(base, leaf.path, '１２')), json(`${p}: huge number`, setAt(base, leaf.path, 1e308)));
    if (t === 'array') v.push(json(`${p}: 100k elements`, setAt(base, leaf.path, Array.from({ length: 100_000 }, () => 1))));
    return v;
  };
  // Arrays and dates are where the known failures lived: always one of each, then a random sample of the rest.
  const arrays = all.filter((l) => typeOf(l.schema) === 'array');
  const dates = all.filter((l) => isDateLike(l.schema));
  for (const leaf of arrays) out.push(broken(leaf).find((v) => v.name.endsWith('100k elements'))!);
  for (const leaf of dates) out.push(...pick(rnd, broken(leaf).filter((v) => /date|year|full-width/.test(v.name)), 2));
  const field = all.flatMap(broken);
  out.push(...pick(rnd, field, perRoute));
  return out;
}

/** Malformed query strings: dates, ranges, the list dialect (sort/range/filter), arrays and controls. */
export function malformedQueries(declared: string[], rnd: () => number, perRoute = 6): Array<{ name: string; query: string }> {
  const enc = encodeURIComponent;
  const common = [
    ['from=abc', 'from=abc&to=abc'],
    ['from empty', 'from=&to='],
    ['five-digit year', 'from=99999-01-01&to=99999-12-31'],
    ['impossible date', 'from=2026-02-30&to=2026-02-31&date=2026-02-30&asOf=2026-02-30'],
    ['full-width digits', `from=${enc('２０２６-０７-０１')}&month=${enc('２０２６-０７')}`],
    ['month 13', 'month=2026-13&weekStart=2026-13-01'],
    ['repeated keys', 'from=2026-07-01&from=2026-07-02&to=x&to=y'],
    ['broken sort', `sort=${enc('["id"')}`],
    ['huge range', `range=${enc('[0,100000000000]')}`],
    ['negative range', `range=${enc('[-5,"a"]')}`],
    ['filter with bad dates', `filter=${enc('{"from":"abc","to":"2026-02-30","programId":"x"}')}`],
    ['filter with controls', `filter=${enc(JSON.stringify({ q: 'a\u0000b\u202E\uD800' }))}`],
    ['filter __proto__', `filter=${enc('{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}}}')}`],
    ['filter as array', `filter=${enc('[1,2,3]')}`],
    ['long q', `filter=${enc(JSON.stringify({ q: 'x'.repeat(4_000) }))}`],
  ].map(([name, query]) => ({ name, query }));
  const specific = declared.flatMap((p) => [
    { name: `${p}=abc`, query: `${p}=abc` },
    { name: `${p} empty`, query: `${p}=` },
    { name: `${p} five-digit year`, query: `${p}=99999-01-01` },
  ]);
  return [...specific, ...pick(rnd, common, perRoute)];
}
