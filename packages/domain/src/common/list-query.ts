import { badRequest } from './errors.js';
import { cleanInput } from './input.js';

/**
 * react-admin's simple-rest dialect: ?sort=["field","ASC"]&range=[0,24]&filter={...}.
 * Each resource declares which fields may be sorted and filtered; anything else is a 400 naming the field.
 */
export interface ListQuery {
  sort: { field: string; order: 'ASC' | 'DESC' };
  range: { offset: number; limit: number };
  filter: Record<string, unknown>;
}

export interface ListSpec {
  sortable: readonly string[];
  filterable: readonly string[];
  defaultSort: { field: string; order: 'ASC' | 'DESC' };
  /** Largest page (default 500). */
  maxLimit?: number;
}

function parseJson(raw: unknown, param: string): unknown {
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string') throw badRequest(`${param} の形式が正しくありません`, { [param]: 'JSON 文字列で指定してください' });
  try {
    return JSON.parse(raw);
  } catch {
    throw badRequest(`${param} の形式が正しくありません`, { [param]: 'JSON として読み取れません' });
  }
}

export function parseListQuery(query: Record<string, unknown>, spec: ListSpec): ListQuery {
  const maxLimit = spec.maxLimit ?? 500;
  let sort = spec.defaultSort;
  const rawSort = parseJson(query.sort, 'sort');
  if (rawSort !== undefined) {
    if (!Array.isArray(rawSort) || typeof rawSort[0] !== 'string') {
      throw badRequest('sort の形式が正しくありません', { sort: '["項目名","ASC"] の形で指定してください' });
    }
    const [field, order = 'ASC'] = rawSort as [string, string?];
    if (!spec.sortable.includes(field)) {
      throw badRequest(`「${field}」では並べ替えできません`, { sort: `並べ替えできる項目: ${spec.sortable.join(', ')}` });
    }
    const upper = String(order).toUpperCase();
    if (upper !== 'ASC' && upper !== 'DESC') throw badRequest('並び順は ASC か DESC です', { sort: '並び順は ASC か DESC です' });
    sort = { field, order: upper };
  }

  let range = { offset: 0, limit: 25 };
  const rawRange = parseJson(query.range, 'range');
  if (rawRange !== undefined) {
    if (!Array.isArray(rawRange) || rawRange.length !== 2 || !rawRange.every((n) => Number.isInteger(n) && n >= 0) || rawRange[1] < rawRange[0]) {
      throw badRequest('range の形式が正しくありません', { range: '[開始,終了] の 0 以上の整数で指定してください' });
    }
    const limit = rawRange[1] - rawRange[0] + 1;
    if (limit > maxLimit) throw badRequest(`一度に取得できるのは ${maxLimit} 件までです`, { range: `${maxLimit} 件以内で指定してください` });
    range = { offset: rawRange[0], limit };
  }

  const rawFilter = parseJson(query.filter, 'filter') ?? {};
  if (typeof rawFilter !== 'object' || rawFilter === null || Array.isArray(rawFilter)) {
    throw badRequest('filter の形式が正しくありません', { filter: 'JSON オブジェクトで指定してください' });
  }
  const cleaned = cleanInput(rawFilter);
  if (Object.keys(cleaned.errors).length) throw badRequest('filter の内容が正しくありません', cleaned.errors);
  const filter = cleaned.value as Record<string, unknown>;
  for (const key of Object.keys(filter)) {
    if (key !== 'id' && key !== 'q' && !spec.filterable.includes(key)) {
      throw badRequest(`「${key}」では絞り込みできません`, { [key]: `絞り込みできる項目: ${['id', ...spec.filterable].join(', ')}` });
    }
  }
  return { sort, range, filter };
}
