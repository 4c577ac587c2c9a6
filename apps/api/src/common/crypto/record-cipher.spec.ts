import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { envWith } from '../../config/env';
import { DataKeyStore } from './data-key-store';
import { FieldCipher } from './field-cipher';
import { RecordCipher } from './record-cipher';

function setup() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'od-keys-'));
  const env = envWith({ DATA_ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}`, DATA_KEY_STORE_DIR: dir });
  const master = new FieldCipher(env);
  return { dir, master, cipher: new RecordCipher(new DataKeyStore(env, master), master) };
}

describe(RecordCipher.name, () => {
  it('seals each record under its own key, bound to the record', () => {
    const { dir, cipher } = setup();
    const a = cipher.seal('booking-a', { name: '架空 太郎' });
    expect(a.startsWith('r1.')).toBe(true);
    expect(a).not.toContain('架空');
    expect(cipher.open('booking-a', a)).toEqual({ name: '架空 太郎' });
    cipher.seal('booking-b', { name: '架空 花子' });
    expect(() => cipher.open('booking-b', a)).toThrow(); // another record's key and id
    expect(fs.readdirSync(dir).sort()).toEqual(['booking-a.key', 'booking-b.key']);
    expect(fs.readFileSync(path.join(dir, 'booking-a.key'), 'utf8').startsWith('v1.k1.')).toBe(true); // wrapped
  });

  it('seals a file’s bytes under the record’s key: not the plain bytes, another record cannot open them, shredding ends them', () => {
    const { cipher } = setup();
    const photo = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(64)]);
    const sealed = cipher.sealBytes('application-a', photo);
    expect(sealed.includes(photo.subarray(0, 4))).toBe(false);
    expect(cipher.openBytes('application-a', sealed).equals(photo)).toBe(true);
    cipher.sealBytes('application-b', photo);
    expect(() => cipher.openBytes('application-b', sealed)).toThrow();
    cipher.shred('application-a');
    expect(() => cipher.openBytes('application-a', sealed)).toThrow('この個人情報は削除済みです');
  });

  it('shreds: after it the value cannot be opened, the key file is gone, and shredding again is harmless', () => {
    const { dir, cipher } = setup();
    const stored = cipher.seal('booking-a', { phone: '0134-00-0000' });
    cipher.shred('booking-a');
    expect(() => cipher.open('booking-a', stored)).toThrow('削除済み');
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(() => cipher.shred('booking-a')).not.toThrow();
    expect(cipher.keyedRecordIds()).toEqual([]);
  });

  it('reads a value sealed with the master key alone and re-seals it under the record key', () => {
    const { master, cipher } = setup();
    const legacy = master.encryptJson({ name: '架空 一郎' });
    expect(cipher.isLegacy(legacy)).toBe(true);
    expect(cipher.open('booking-c', legacy)).toEqual({ name: '架空 一郎' });
    const resealed = cipher.reseal('booking-c', legacy);
    expect(cipher.isLegacy(resealed)).toBe(false);
    cipher.shred('booking-c');
    expect(() => cipher.open('booking-c', resealed)).toThrow();
  });

  it('refuses a record id that could leave the key store', () => {
    const { cipher } = setup();
    expect(() => cipher.seal('../etc/passwd', {})).toThrow('invalid record id');
  });
});
