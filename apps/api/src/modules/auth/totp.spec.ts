import { base32Decode, base32Encode, hotp, totp, verifyTotp } from './totp';

// RFC 6238 Appendix B: the SHA-1 seed "12345678901234567890", 8-digit codes.
const RFC_SECRET = base32Encode(Buffer.from('12345678901234567890'));

describe('TOTP (RFC 6238)', () => {
  it('matches the RFC test vectors at fixed clocks', () => {
    expect(totp(RFC_SECRET, new Date(59 * 1000), 8)).toBe('94287082');
    expect(totp(RFC_SECRET, new Date(1111111109 * 1000), 8)).toBe('07081804');
    expect(totp(RFC_SECRET, new Date(2000000000 * 1000), 8)).toBe('69279037');
  });

  it('matches the RFC 4226 HOTP vectors', () => {
    expect(hotp(Buffer.from('12345678901234567890'), 0)).toBe('755224');
    expect(hotp(Buffer.from('12345678901234567890'), 9)).toBe('520489');
  });

  it('accepts one step of drift and nothing further', () => {
    const at = new Date('2026-06-17T00:00:00Z');
    const code = totp(RFC_SECRET, at);
    expect(verifyTotp(RFC_SECRET, code, new Date(at.getTime() + 30_000))).toBe(true);
    expect(verifyTotp(RFC_SECRET, code, new Date(at.getTime() + 90_000))).toBe(false);
    expect(verifyTotp(RFC_SECRET, '000000', at)).toBe(code === '000000');
  });

  it('round-trips base32', () => {
    expect(base32Decode(base32Encode(Buffer.from('outreach')))).toEqual(Buffer.from('outreach'));
  });
});
