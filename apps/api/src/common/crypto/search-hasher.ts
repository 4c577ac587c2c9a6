import { createHmac } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { SearchToken } from '@outreach/domain/bookings';
import { DataKeyStore } from './data-key-store';

/**
 * Keyed hashes (HMAC-SHA-256) of normalized names, kana and phone numbers, so that a reservation can be found by
 * them without keeping them in clear (issue 17 item 4). Each program has its own random search key, kept in the key
 * store beside the records' data keys (wrapped by the master key, never in the database, ADR 0008): a database dump
 * holds hashes that nobody can test a guess against without that key, and one program's hashes say nothing about
 * another's. The kind is hashed in, so a phone never matches a name.
 */
@Injectable()
export class SearchHasher {
  constructor(private readonly keys: DataKeyStore) {}

  hash(programId: string, token: SearchToken): string {
    return createHmac('sha256', this.keys.keyFor(SearchHasher.keyId(programId))).update(`${token.kind}:${token.value}`, 'utf8').digest('base64url');
  }

  /** Destroys the program's search key (its contract closed): hashes left in any copy can no longer be tested. */
  shred(programId: string): void {
    this.keys.destroy(SearchHasher.keyId(programId));
  }

  private static keyId(programId: string): string {
    return `search-${programId}`;
  }
}
