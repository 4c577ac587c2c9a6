import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { ENV } from '../../config/config.module';
import type { Env } from '../../config/env';
import { FieldCipher } from './field-cipher';

/**
 * The key store of crypto-shredding (ADR 0008): one data key per record, wrapped by the master key, each in its
 * own file under DATA_KEY_STORE_DIR — a place apart from the database, so no database file, dump, binlog or
 * backup ever holds a data key. Destroying a record's key makes every copy of its ciphertext unreadable,
 * wherever that copy is. Backups of this directory are kept only for a short retention (docs/privacy.md).
 */
@Injectable()
export class DataKeyStore {
  private readonly dir: string;

  constructor(
    @Inject(ENV) env: Env,
    private readonly master: FieldCipher,
  ) {
    this.dir = env.DATA_KEY_STORE_DIR;
    fs.mkdirSync(this.dir, { recursive: true, mode: 0o700 });
  }

  /** The record's data key, created on first use (written and flushed before any ciphertext is stored). */
  keyFor(recordId: string): Buffer {
    const existing = this.find(recordId);
    if (existing) return existing;
    const key = randomBytes(32);
    const file = this.file(recordId);
    const temp = `${file}.${randomBytes(4).toString('hex')}.tmp`;
    const fd = fs.openSync(temp, 'wx', 0o600);
    try {
      fs.writeSync(fd, this.master.encrypt(key.toString('base64')));
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    // Linked, not renamed: a key another request or instance created meanwhile is never replaced (a program's
    // search key is asked for by many requests at once), and this one is dropped in its favour.
    try {
      fs.linkSync(temp, file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      fs.unlinkSync(temp);
      return this.find(recordId)!;
    }
    fs.unlinkSync(temp);
    return key;
  }

  /** The record's data key, or undefined once it was destroyed (the record is then unreadable everywhere). */
  find(recordId: string): Buffer | undefined {
    let wrapped: string;
    try {
      wrapped = fs.readFileSync(this.file(recordId), 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
    return Buffer.from(this.master.decrypt(wrapped.trim()), 'base64');
  }

  /** Destroys the record's key: its bytes overwritten and flushed, then the file removed. Idempotent. */
  destroy(recordId: string): void {
    const file = this.file(recordId);
    let fd: number;
    try {
      fd = fs.openSync(file, 'r+');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw e;
    }
    try {
      const size = fs.fstatSync(fd).size;
      fs.writeSync(fd, randomBytes(size), 0, size, 0);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.unlinkSync(file);
  }

  /** Ids of every record that still has a key (for the sweep's orphan check and the shredding test). */
  recordIds(): string[] {
    return fs
      .readdirSync(this.dir)
      .filter((f) => f.endsWith('.key'))
      .map((f) => f.slice(0, -4));
  }

  private file(recordId: string): string {
    if (!/^[\w-]{1,64}$/.test(recordId)) throw new Error('invalid record id for the key store');
    return path.join(this.dir, `${recordId}.key`);
  }
}
