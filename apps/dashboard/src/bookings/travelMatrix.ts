import type { TravelMatrixView } from '@outreach/domain/bookings';

/** The district travel matrix as the settings grid edits it: the API's answer (GET/PUT /programs/:id/travel-matrix). */
export type TravelMatrixForm = TravelMatrixView;

/** Minutes between two districts, stored either way round; the same district is 0 unless set. */
export function minutesBetween(m: TravelMatrixForm, a: string, b: string): number | undefined {
  return m.minutes[a]?.[b] ?? m.minutes[b]?.[a] ?? (a === b ? 0 : undefined);
}

function without(row: Record<string, number> | undefined, key: string): Record<string, number> {
  const { [key]: _dropped, ...rest } = row ?? {};
  return rest;
}

/** Sets (or with undefined clears) the minutes of a pair in both directions: the matrix stays symmetric. */
export function setMinutes(m: TravelMatrixForm, a: string, b: string, value: number | undefined): TravelMatrixForm {
  const minutes = { ...m.minutes };
  if (value === undefined) {
    minutes[a] = without(minutes[a], b);
    minutes[b] = without(minutes[b], a);
  } else {
    minutes[a] = { ...minutes[a], [b]: value };
    minutes[b] = { ...minutes[b], [a]: value };
  }
  return { ...m, minutes };
}

/** Adds a district at the end; a blank or existing name changes nothing. */
export function addDistrict(m: TravelMatrixForm, raw: string): TravelMatrixForm {
  const name = raw.normalize('NFKC').trim();
  if (name === '' || m.districts.includes(name)) return m;
  return { ...m, districts: [...m.districts, name] };
}

export function removeDistrict(m: TravelMatrixForm, name: string): TravelMatrixForm {
  const minutes: Record<string, Record<string, number>> = {};
  for (const [from, row] of Object.entries(m.minutes)) if (from !== name) minutes[from] = without(row, name);
  return { districts: m.districts.filter((d) => d !== name), minutes };
}

/** What PUT receives: only listed districts, every pair in both directions, empty rows left out. */
export function matrixPayload(m: TravelMatrixForm): TravelMatrixForm {
  const minutes: Record<string, Record<string, number>> = {};
  for (const a of m.districts) {
    for (const b of m.districts) {
      if (a === b) continue;
      const v = minutesBetween(m, a, b);
      if (v !== undefined) minutes[a] = { ...minutes[a], [b]: v };
    }
  }
  return { districts: [...m.districts], minutes };
}

/** Pairs still without minutes: the slot finder warns for them, so the grid lists them. */
export function missingPairs(m: TravelMatrixForm): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  m.districts.forEach((a, i) => m.districts.slice(i + 1).forEach((b) => minutesBetween(m, a, b) === undefined && out.push([a, b])));
  return out;
}
