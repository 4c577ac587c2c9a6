import { jstDateKey, jstTime } from '@outreach/domain';

/** An ISO instant from the API as Japan time, `2026/06/17 09:30`; anything unreadable is shown as it came. */
export function formatJstDateTime(iso: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  return `${jstDateKey(instant).replaceAll('-', '/')} ${jstTime(instant)}`;
}

/** A TOTP secret in groups of four, as people copy it into an authenticator app: `JBSW Y3DP EHPK 3PXP`. */
export function groupByFour(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(' ') ?? '';
}
