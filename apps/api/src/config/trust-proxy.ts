import { isIP } from 'node:net';

/** Express's own names for address ranges ('loopback' = 127.0.0.1/8 and ::1, …). */
const NAMED = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrSubnet(entry: string): boolean {
  if (NAMED.has(entry)) return true;
  const [address, bits, ...rest] = entry.split('/');
  if (rest.length || !isIP(address)) return false;
  if (bits === undefined) return true;
  const max = isIP(address) === 4 ? 32 : 128;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= max;
}

/**
 * TRUST_PROXY as Express's 'trust proxy' setting:
 * - unset, '', 'false', '0' → false (the socket's address is the client's; X-Forwarded-* is ignored);
 * - a number 1–10 → that many proxies in front of the API (e.g. 1: nginx on the same or another host);
 *   the client is the address that many hops back in X-Forwarded-For, earlier entries (which anyone can write)
 *   are ignored;
 * - a comma-separated list of proxy addresses or subnets ('10.0.0.5, 10.0.1.0/24', 'loopback') → only
 *   those are trusted to add to X-Forwarded-For; the client is the first address from the right that is not one.
 * 'true' is refused: it trusts every hop, so any client could name its own address.
 * An error comes back as a string starting with '!' (the message after it), for the env schema to report.
 */
export function parseTrustProxy(value: string | undefined): false | number | string {
  const v = (value ?? '').trim();
  if (v === '' || v === 'false' || v === '0') return false;
  if (v === 'true') return '!true はすべての経路を信用するため使えません。プロキシの段数（例: 1）かプロキシのアドレス（例: 10.0.0.5,10.0.1.0/24）を指定してください';
  if (/^\d+$/.test(v)) {
    const hops = Number(v);
    return hops >= 1 && hops <= 10 ? hops : '!プロキシの段数は 1〜10 で指定してください';
  }
  const entries = v.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = entries.find((e) => !isAddressOrSubnet(e));
  if (bad !== undefined) return `!「${bad}」はアドレスではありません。段数（例: 1）か、IP アドレス・サブネット（例: 10.0.1.0/24）・loopback をカンマ区切りで指定してください`;
  return entries.join(',');
}
