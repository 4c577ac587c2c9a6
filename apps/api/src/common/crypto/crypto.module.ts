import { Module } from '@nestjs/common';
import { DataKeyStore } from './data-key-store';
import { FieldCipher } from './field-cipher';
import { RecordCipher } from './record-cipher';

/** Encryption of personal data at rest: the master key (FieldCipher), the key store and per-record keys (ADR 0008). */
@Module({
  providers: [FieldCipher, DataKeyStore, RecordCipher],
  exports: [FieldCipher, RecordCipher],
})
export class CryptoModule {}
