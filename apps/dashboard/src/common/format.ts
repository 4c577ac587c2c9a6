import { jstDateKey, jstTime } from '@outreach/domain/common';

/** A TOTP secret in groups of four, as people copy it into an authenticator app: `JBSW Y3DP EHPK 3PXP`. */
export function groupByFour(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(' ') ?? '';
}

const LOCAL_INPUT = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?$/;

/** An ISO instant as the value of an <input type="datetime-local"> in Japan time: `2026-06-17T09:30`. */
export function toJstLocalInput(value: unknown): string {
  if (typeof value !== 'string' || value === '') return '';
  if (LOCAL_INPUT.test(value)) return value.slice(0, 16);
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? '' : `${jstDateKey(instant)}T${jstTime(instant)}`;
}

/** A datetime-local value read as Japan time, as the ISO instant the API takes: `2026-06-17T09:30:00+09:00`. */
export function fromJstLocalInput(value: string): string {
  const m = LOCAL_INPUT.exec(value);
  return m ? `${m[1]}T${m[2]}:00+09:00` : value;
}

/** A visit's times: 10:00〜11:30, 10:00〜, or '' (実施記録, 訪問行程表). */
export function timeRange(start: string | null | undefined, end: string | null | undefined): string {
  if (!start && !end) return '';
  return `${start ?? ''}〜${end ?? ''}`;
}
