import { Module } from '@nestjs/common';
import { DataKeyStore } from './data-key-store';
import { FieldCipher } from './field-cipher';
import { RecordCipher } from './record-cipher';
import { SearchHasher } from './search-hasher';

/** Encryption of personal data at rest: the master key (FieldCipher), the key store and per-record keys (ADR 0008), the programs' search keys. */
@Module({
  providers: [FieldCipher, DataKeyStore, RecordCipher, SearchHasher],
  exports: [FieldCipher, RecordCipher, SearchHasher],
})
export class CryptoModule {}
