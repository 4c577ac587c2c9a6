import { z } from 'zod';
import type { DateKey } from '../common/dates.js';
import type { BookingRules } from '../programs/program.schema.js';

/**
 * The slot model of a visit day (Otaru §8(2)イ・ウ).
 *
 * A day has two halves. A home-visit day has numbered home positions per half (AM1, AM2 / PM1, PM2, and PM3
 * when the program opens the extra afternoon slot); one team visits them in that order, so position n's time
 * depends on when visit n−1 ends. A facility day has one facility session per half (FAM / FPM).
 *
 * A position, with its date, is the unit the API stores under a UNIQUE key, so two operators can never take
 * the same slot: see slotKey.
 */

export type Half = 'am' | 'pm';
export const HALVES: readonly Half[] = ['am', 'pm'];

/** Home positions, numbered in visiting order within the half: AM1, AM2, PM1, PM2, PM3. */
export type HomePosition = `AM${number}` | `PM${number}`;
/**
 * Facility positions: FAM, FPM. The settings allow a 2nd facility session in a half (facilitySlotsAm/Pm = 2);
 * that one is FAM2 / FPM2.
 */
export type FacilityPosition = 'FAM' | 'FPM' | `FAM${number}` | `FPM${number}`;
export type SlotPosition = HomePosition | FacilityPosition;

export interface SlotWindow {
  /** 'HH:MM' */
  start: string;
  /** 'HH:MM', or null when only a start is told (「10:00頃」「10:00〜」). */
  end: string | null;
  /** As the operator reads it out: 「10:00頃」「10:30〜11:30」「14:00〜」. */
  label: string;
}

interface ParsedPosition {
  kind: 'home' | 'facility';
  half: Half;
  /** 1-based order within the half. */
  index: number;
}

const POSITION = /^(AM|PM|FAM|FPM)([1-9]\d?)?$/;

/** Reads a position name; undefined when it is not one. 'AM' alone and 'FAM1' are not positions (one spelling each). */
export function parsePosition(position: string): ParsedPosition | undefined {
  const m = POSITION.exec(position);
  if (!m) return undefined;
  const facility = m[1].startsWith('F');
  if (!facility && m[2] === undefined) return undefined;
  if (facility && m[2] === '1') return undefined;
  return { kind: facility ? 'facility' : 'home', half: m[1].endsWith('AM') ? 'am' : 'pm', index: m[2] ? Number(m[2]) : 1 };
}

export function isSlotPosition(value: string): value is SlotPosition {
  return parsePosition(value) !== undefined;
}

export const slotPositionSchema = z.string().refine(isSlotPosition, { message: '枠の指定が正しくありません' }).transform((p) => p as SlotPosition);

function parsed(position: SlotPosition): ParsedPosition {
  const p = parsePosition(position);
  if (!p) throw new RangeError(`not a slot position: ${position}`);
  return p;
}

export function halfOf(position: SlotPosition): Half {
  return parsed(position).half;
}

export function isHomePosition(position: SlotPosition): position is HomePosition {
  return parsed(position).kind === 'home';
}

/** 1-based order of a position within its half (AM2 → 2, FAM → 1). */
export function positionIndex(position: SlotPosition): number {
  return parsed(position).index;
}

function homeName(half: Half, index: number): HomePosition {
  return `${half === 'am' ? 'AM' : 'PM'}${index}`;
}

/**
 * The extra afternoon position (PM3 with the default 2 afternoon slots), open only when the program enables it
 * and only close to the visit before it (pmThirdTravelMaxMinutes).
 */
export function extraPmPosition(rules: BookingRules): HomePosition | undefined {
  return rules.pmThirdSlotEnabled && rules.homeSlotsPm >= 1 ? homeName('pm', rules.homeSlotsPm + 1) : undefined;
}

/** Home positions of a half in the order they fill: AM1, AM2 / PM1, PM2(, PM3). */
export function homePositions(rules: BookingRules, half: Half): HomePosition[] {
  const count = half === 'am' ? rules.homeSlotsAm : rules.homeSlotsPm;
  const out = Array.from({ length: count }, (_, i) => homeName(half, i + 1));
  const extra = half === 'pm' ? extraPmPosition(rules) : undefined;
  return extra ? [...out, extra] : out;
}

/** Facility positions of a half: [] when the half takes no facility session, else FAM (FAM2) / FPM (FPM2). */
export function facilityPositions(rules: BookingRules, half: Half): FacilityPosition[] {
  const count = half === 'am' ? rules.facilitySlotsAm : rules.facilitySlotsPm;
  const base = half === 'am' ? 'FAM' : 'FPM';
  return Array.from({ length: count }, (_, i): FacilityPosition => (i === 0 ? base : `${base}${i + 1}`));
}

const HALF_START: Record<Half, number> = { am: 10 * 60, pm: 14 * 60 };
/** A later home visit starts about 30 minutes after the one before and is told as a one-hour range. */
const HOME_STEP_MINUTES = 30;
const HOME_RANGE_MINUTES = 60;

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * The visiting time told to the caller (Otaru §8(2)ウ): home AM1 「10:00頃」, AM2 「10:30〜11:30」, PM1 「14:00頃」,
 * PM2 「14:30〜15:30」, PM3 「15:00〜16:00」; facility 「10:00〜」/「14:00〜」 (adjustable with the facility).
 * Positions beyond the spec's (AM3, PM4 — only with raised settings) continue the same 30-minute steps. A 2nd
 * facility session in a half is a second team, so it starts at the same time.
 */
export function slotWindow(position: SlotPosition): SlotWindow {
  const { kind, half, index } = parsed(position);
  const base = HALF_START[half];
  if (kind === 'facility') return { start: hhmm(base), end: null, label: `${hhmm(base)}〜` };
  if (index === 1) return { start: hhmm(base), end: null, label: `${hhmm(base)}頃` };
  const start = base + HOME_STEP_MINUTES * (index - 1);
  const end = start + HOME_RANGE_MINUTES;
  return { start: hhmm(start), end: hhmm(end), label: `${hhmm(start)}〜${hhmm(end)}` };
}

/** Unique per program: the API stores one row per occupied key under a UNIQUE index. */
export function slotKey(date: DateKey, position: SlotPosition): string {
  return `${date}:${position}`;
}

/** How an operator says a half-day: 午前 / 午後. */
export function halfLabel(half: Half | 'both'): string {
  return half === 'am' ? '午前' : half === 'pm' ? '午後' : '午前・午後';
}

/** How an operator says a home position: 午前1件目, 午後3件目. */
export function positionLabel(position: SlotPosition): string {
  const { kind, half, index } = parsed(position);
  if (kind === 'facility') return index === 1 ? `${halfLabel(half)}の施設訪問` : `${halfLabel(half)}の施設訪問${index}`;
  return `${halfLabel(half)}${index}件目`;
}
