import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { envWith } from '../../config/env';
import { FieldCipher } from './field-cipher';

const key = () => randomBytes(32).toString('base64');

describe(FieldCipher.name, () => {
  it('round-trips and never stores the plain text', () => {
    const cipher = new FieldCipher(envWith({ DATA_ENCRYPTION_KEYS: `k1:${key()}` }));
    const stored = cipher.encrypt('寝たきりのため外出困難');
    expect(stored.startsWith('v1.k1.')).toBe(true);
    expect(stored).not.toContain('寝たきり');
    expect(cipher.decrypt(stored)).toBe('寝たきりのため外出困難');
    expect(cipher.encrypt('x')).not.toBe(cipher.encrypt('x')); // a fresh IV each time
  });

  it('decrypts with an older key after rotation and refuses tampering', () => {
    const old = key();
    const before = new FieldCipher(envWith({ DATA_ENCRYPTION_KEYS: `k1:${old}` })).encrypt('secret');
    const rotated = new FieldCipher(envWith({ DATA_ENCRYPTION_KEYS: `k2:${key()},k1:${old}` }));
    expect(rotated.decrypt(before)).toBe('secret');
    expect(rotated.encrypt('new').split('.')[1]).toBe('k2');
    const parts = before.split('.');
    parts[4] = Buffer.from('tampered').toString('base64url');
    expect(() => rotated.decrypt(parts.join('.'))).toThrow();
  });

  it('generates and then reuses a local key when none is configured', () => {
    const file = path.join(os.tmpdir(), `od-key-${randomBytes(4).toString('hex')}`);
    const a = new FieldCipher(envWith({ DATA_ENCRYPTION_KEYS: undefined, DATA_KEY_FILE: file }));
    const b = new FieldCipher(envWith({ DATA_ENCRYPTION_KEYS: undefined, DATA_KEY_FILE: file }));
    expect(b.decrypt(a.encrypt('同じ鍵'))).toBe('同じ鍵');
  });
});
