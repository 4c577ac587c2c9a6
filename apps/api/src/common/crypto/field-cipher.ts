import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { ENV } from '../../config/config.module';
import type { Env } from '../../config/env';

/**
 * AES-256-GCM for personal data at rest. A value is stored as `v1.<keyId>.<iv>.<tag>.<ciphertext>` (base64url),
 * so keys can rotate: the first configured key encrypts, any configured key decrypts.
 */
@Injectable()
export class FieldCipher {
  private readonly keys = new Map<string, Buffer>();
  private readonly currentId: string;

  constructor(@Inject(ENV) env: Env) {
    const spec = env.DATA_ENCRYPTION_KEYS ?? FieldCipher.localKey(env.DATA_KEY_FILE);
    for (const part of spec.split(',')) {
      const [id, b64] = part.trim().split(':');
      this.keys.set(id, Buffer.from(b64, 'base64'));
    }
    this.currentId = spec.split(',')[0].trim().split(':')[0];
  }

  /** A key generated once for this machine (0600), used when DATA_ENCRYPTION_KEYS is not set. */
  private static localKey(file: string): string {
    if (!fs.existsSync(file)) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, `local:${randomBytes(32).toString('base64')}`, { mode: 0o600 });
      new Logger('FieldCipher').warn(`Generated a data encryption key in ${file}; set DATA_ENCRYPTION_KEYS in production`);
    }
    return fs.readFileSync(file, 'utf8').trim();
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keys.get(this.currentId)!, iv);
    const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return ['v1', this.currentId, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), data.toString('base64url')].join('.');
  }

  decrypt(stored: string): string {
    const [version, keyId, iv, tag, data] = stored.split('.');
    const key = this.keys.get(keyId);
    if (version !== 'v1' || !key) throw new Error(`cannot decrypt: unknown key ${keyId}`);
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
  }

  encryptJson(value: unknown): string {
    return this.encrypt(JSON.stringify(value));
  }

  decryptJson<T>(stored: string): T {
    return JSON.parse(this.decrypt(stored)) as T;
  }
}
