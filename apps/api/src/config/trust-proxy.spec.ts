import { parseEnv } from './env';
import { parseTrustProxy } from './trust-proxy';

describe(parseTrustProxy.name, () => {
  it('takes a hop count or a list of proxy addresses, never "every hop"', () => {
    expect(parseTrustProxy(undefined)).toBe(false);
    expect(parseTrustProxy('false')).toBe(false);
    expect(parseTrustProxy('1')).toBe(1);
    expect(parseTrustProxy('10.0.0.5, 10.0.1.0/24,loopback')).toBe('10.0.0.5,10.0.1.0/24,loopback');
    expect(parseTrustProxy('::1')).toBe('::1');
    expect(String(parseTrustProxy('true'))).toMatch(/^!true/);
    expect(String(parseTrustProxy('11'))).toMatch(/^!/);
    expect(String(parseTrustProxy('10.0.0.0/33'))).toMatch(/^!/);
    expect(String(parseTrustProxy('proxy.example'))).toMatch(/^!/);
  });

  it('stops the start with a readable line for TRUST_PROXY=true and for a wildcard CORS origin', () => {
    expect(() => parseEnv({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY: true はすべての経路/);
    expect(() => parseEnv({ CORS_ORIGINS: '*' })).toThrow(/CORS_ORIGINS/);
    expect(parseEnv({}).CORS_ORIGINS).toEqual([]);
    expect(parseEnv({ CORS_ORIGINS: 'https://a.example.lg.jp/, http://localhost:5173' }).CORS_ORIGINS).toEqual(['https://a.example.lg.jp', 'http://localhost:5173']);
  });
});
