import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { notFound } from '@outreach/domain/common';
import { DataKeyStore } from './data-key-store';
import { FieldCipher } from './field-cipher';

const VERSION = 'r1';
/** The first bytes of a sealed file. */
const FILE_MAGIC = Buffer.from('r1f.', 'ascii');

/**
 * Personal data of one record, encrypted with that record's own data key (AES-256-GCM, the record id bound as
 * associated data so a value cannot be moved to another record). Stored as `r1.<iv>.<tag>.<ciphertext>`.
 * `shred` destroys the key: after it no copy of the value — database file, WAL, dump, binlog, backup — can be
 * read with any key the system holds (ADR 0008). Values written before (`v1.…`, master key) are still read and
 * are re-sealed by `reseal`.
 */
@Injectable()
export class RecordCipher {
  constructor(
    private readonly keys: DataKeyStore,
    private readonly master: FieldCipher,
  ) {}

  seal(recordId: string, value: unknown): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keys.keyFor(recordId), iv);
    cipher.setAAD(Buffer.from(recordId, 'utf8'));
    const data = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
    return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), data.toString('base64url')].join('.');
  }

  /**
   * A file's bytes (a face photo) sealed like a value, under the record's own key with the record id bound: `FILE_MAGIC`,
   * iv (12), tag (16), ciphertext. Shredding the record's key makes every copy of the file unreadable too.
   */
  sealBytes(recordId: string, bytes: Buffer): Buffer {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keys.keyFor(recordId), iv);
    cipher.setAAD(Buffer.from(recordId, 'utf8'));
    const data = Buffer.concat([cipher.update(bytes), cipher.final()]);
    return Buffer.concat([FILE_MAGIC, iv, cipher.getAuthTag(), data]);
  }

  /** The bytes `sealBytes` sealed; throws (404) when the record's key was destroyed, or when tampered with. */
  openBytes(recordId: string, sealed: Buffer): Buffer {
    if (!sealed.subarray(0, FILE_MAGIC.length).equals(FILE_MAGIC)) throw new Error('cannot decrypt: unknown file format');
    const key = this.keys.find(recordId);
    if (!key) throw notFound('この個人情報は削除済みです');
    const at = FILE_MAGIC.length;
    const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(at, at + 12));
    decipher.setAAD(Buffer.from(recordId, 'utf8'));
    decipher.setAuthTag(sealed.subarray(at + 12, at + 28));
    return Buffer.concat([decipher.update(sealed.subarray(at + 28)), decipher.final()]);
  }

  /** The value, or throws when the record's key was destroyed (shredded) or the value was tampered with. */
  open<T>(recordId: string, stored: string): T {
    if (this.isLegacy(stored)) return this.master.decryptJson<T>(stored);
    const [version, iv, tag, data] = stored.split('.');
    const key = this.keys.find(recordId);
    if (version !== VERSION) throw new Error(`cannot decrypt: unknown format ${version}`);
    if (!key) throw notFound('この個人情報は削除済みです');
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(recordId, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return JSON.parse(Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8')) as T;
  }

  /** A value sealed with the master key alone (before per-record keys): it cannot be shredded until re-sealed. */
  isLegacy(stored: string): boolean {
    return stored.startsWith('v1.');
  }

  /** The same value sealed under the record's own key. */
  reseal(recordId: string, stored: string): string {
    return this.seal(recordId, this.open(recordId, stored));
  }

  /** Destroys the record's key, so that every copy of its value becomes unreadable. Idempotent. */
  shred(recordId: string): void {
    this.keys.destroy(recordId);
  }

  /** Ids of records whose key still exists. */
  keyedRecordIds(): string[] {
    return this.keys.recordIds();
  }
}
