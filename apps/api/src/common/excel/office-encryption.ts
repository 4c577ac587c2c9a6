import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';
import { loadCfb } from '../heavy-modules';

/**
 * "Encrypt with password" for an xlsx, as Excel 2010 and later do it: ECMA-376 Agile Encryption (MS-OFFCRYPTO
 * §2.3.4.10–2.3.4.15) — AES-256-CBC, SHA-512, the password stretched 100,000 times, an HMAC over the package —
 * in a compound file holding the streams EncryptionInfo and EncryptedPackage. Excel (Windows, Mac) and
 * LibreOffice open it after asking for the password (ADR 0010). Written from the specification with node:crypto;
 * `decryptOfficePackage` is the same specification read backwards, for tests and for checking a file.
 */

const SPIN_COUNT = 100_000;
const SEGMENT = 4096;
const HASH = 'sha512';
const KEY_BYTES = 32;
const SALT_BYTES = 16;
const BLOCK = 16;

/** The fixed block keys of §2.3.4.11–13. */
const BLOCK_KEYS = {
  verifierInput: Buffer.from([0xfe, 0xa7, 0xd2, 0x76, 0x3b, 0x4b, 0x9e, 0x79]),
  verifierValue: Buffer.from([0xd7, 0xaa, 0x0f, 0x6d, 0x30, 0x61, 0x34, 0x4e]),
  keyValue: Buffer.from([0x14, 0x6e, 0x0b, 0xe7, 0xab, 0xac, 0xd0, 0xd6]),
  hmacKey: Buffer.from([0x5f, 0xb2, 0xad, 0x01, 0x0c, 0xb9, 0xe1, 0xf6]),
  hmacValue: Buffer.from([0xa0, 0x67, 0x7f, 0x02, 0xb2, 0x2c, 0x84, 0x33]),
};

const sha512 = (...parts: Buffer[]) => createHash(HASH).update(Buffer.concat(parts)).digest();

/** Truncated to `length`, or padded with 0x36 (§2.3.4.11). */
function fit(buffer: Buffer, length: number): Buffer {
  if (buffer.length >= length) return buffer.subarray(0, length);
  return Buffer.concat([buffer, Buffer.alloc(length - buffer.length, 0x36)]);
}

function uint32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}

/** The password's hash after the spin (H_n of §2.3.4.11); each key then hashes it with its block key. */
function stretchedPassword(password: string, salt: Buffer): Buffer {
  let h = sha512(salt, Buffer.from(password, 'utf16le'));
  for (let i = 0; i < SPIN_COUNT; i++) h = sha512(uint32(i), h);
  return h;
}

function aes(encrypt: boolean, key: Buffer, iv: Buffer, data: Buffer): Buffer {
  const c = encrypt ? createCipheriv('aes-256-cbc', key, iv) : createDecipheriv('aes-256-cbc', key, iv);
  c.setAutoPadding(false);
  return Buffer.concat([c.update(data), c.final()]);
}

/** Zero-padded to a whole number of AES blocks. */
function padded(data: Buffer): Buffer {
  const rest = data.length % BLOCK;
  return rest ? Buffer.concat([data, Buffer.alloc(BLOCK - rest)]) : data;
}

/** The package in 4096-byte segments, each with the IV of its index (§2.3.4.15), behind its 8-byte length. */
function cryptPackage(encrypt: boolean, key: Buffer, salt: Buffer, data: Buffer): Buffer {
  const body = encrypt ? data : data.subarray(8);
  const parts: Buffer[] = [];
  for (let i = 0, off = 0; off < body.length; i++, off += SEGMENT) {
    const iv = fit(sha512(salt, uint32(i)), BLOCK);
    parts.push(aes(encrypt, key, iv, padded(body.subarray(off, off + SEGMENT))));
  }
  if (!encrypt) return Buffer.concat(parts).subarray(0, Number(data.readBigUInt64LE(0)));
  const size = Buffer.alloc(8);
  size.writeBigUInt64LE(BigInt(data.length));
  return Buffer.concat([size, ...parts]);
}

const b64 = (b: Buffer) => b.toString('base64');

/** Encrypts an xlsx (docx, pptx) package with a password; returns the bytes of the encrypted file. */
export async function encryptOfficePackage(pkg: Buffer, password: string): Promise<Buffer> {
  const CFB = await loadCfb();
  const secretKey = randomBytes(KEY_BYTES);
  const keyDataSalt = randomBytes(SALT_BYTES);
  const passwordSalt = randomBytes(SALT_BYTES);

  const encryptedPackage = cryptPackage(true, secretKey, keyDataSalt, pkg);

  const hmacKey = randomBytes(64);
  const hmacValue = createHmac(HASH, hmacKey).update(encryptedPackage).digest();
  const encryptedHmacKey = aes(true, secretKey, fit(sha512(keyDataSalt, BLOCK_KEYS.hmacKey), BLOCK), hmacKey);
  const encryptedHmacValue = aes(true, secretKey, fit(sha512(keyDataSalt, BLOCK_KEYS.hmacValue), BLOCK), hmacValue);

  const h = stretchedPassword(password, passwordSalt);
  const keyFor = (blockKey: Buffer) => fit(sha512(h, blockKey), KEY_BYTES);
  const verifierInput = randomBytes(SALT_BYTES);
  const encryptedVerifierHashInput = aes(true, keyFor(BLOCK_KEYS.verifierInput), passwordSalt, verifierInput);
  const encryptedVerifierHashValue = aes(true, keyFor(BLOCK_KEYS.verifierValue), passwordSalt, sha512(verifierInput));
  const encryptedKeyValue = aes(true, keyFor(BLOCK_KEYS.keyValue), passwordSalt, secretKey);

  const params = `saltSize="${SALT_BYTES}" blockSize="${BLOCK}" keyBits="${KEY_BYTES * 8}" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512"`;
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
    '<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password" xmlns:c="http://schemas.microsoft.com/office/2006/keyEncryptor/certificate">' +
    `<keyData ${params} saltValue="${b64(keyDataSalt)}"/>` +
    `<dataIntegrity encryptedHmacKey="${b64(encryptedHmacKey)}" encryptedHmacValue="${b64(encryptedHmacValue)}"/>` +
    '<keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password">' +
    `<p:encryptedKey spinCount="${SPIN_COUNT}" ${params} saltValue="${b64(passwordSalt)}" encryptedVerifierHashInput="${b64(encryptedVerifierHashInput)}" encryptedVerifierHashValue="${b64(encryptedVerifierHashValue)}" encryptedKeyValue="${b64(encryptedKeyValue)}"/>` +
    '</keyEncryptor></keyEncryptors></encryption>';
  // Version 4.4 (agile) and the reserved flags 0x40 (§2.3.4.10), then the XML.
  const encryptionInfo = Buffer.concat([Buffer.from([0x04, 0x00, 0x04, 0x00, 0x40, 0x00, 0x00, 0x00]), Buffer.from(xml, 'utf8')]);

  const container = CFB.utils.cfb_new();
  CFB.utils.cfb_add(container, 'EncryptionInfo', encryptionInfo);
  CFB.utils.cfb_add(container, 'EncryptedPackage', encryptedPackage);
  CFB.utils.cfb_del(container, '\u0001Sh33tJ5');
  return Buffer.from(CFB.write(container, { type: 'buffer', fileType: 'cfb' }) as Uint8Array);
}

/**
 * Opens a file written by encryptOfficePackage (or Excel) with its password: checks the password verifier and the
 * package's HMAC, returns the xlsx package. Throws on a wrong password or a changed file.
 */
export async function decryptOfficePackage(file: Buffer, password: string): Promise<Buffer> {
  const CFB = await loadCfb();
  const container = CFB.read(file, { type: 'buffer' });
  const stream = (name: string) => {
    const entry = CFB.find(container, name);
    if (!entry?.content) throw new Error(`${name} is missing`);
    return Buffer.from(entry.content as Uint8Array);
  };
  const xml = stream('EncryptionInfo').subarray(8).toString('utf8');
  const attr = (element: string, name: string) => {
    const el = new RegExp(`<${element}\\b[^>]*>`).exec(xml)?.[0] ?? '';
    const value = new RegExp(`\\b${name}="([^"]*)"`).exec(el)?.[1];
    if (value === undefined) throw new Error(`${element}@${name} is missing`);
    return value;
  };
  const keyDataSalt = Buffer.from(attr('keyData', 'saltValue'), 'base64');
  const passwordSalt = Buffer.from(attr('p:encryptedKey', 'saltValue'), 'base64');
  if (Number(attr('p:encryptedKey', 'spinCount')) !== SPIN_COUNT || attr('p:encryptedKey', 'hashAlgorithm') !== 'SHA512') throw new Error('unsupported parameters');
  const h = stretchedPassword(password, passwordSalt);
  const keyFor = (blockKey: Buffer) => fit(sha512(h, blockKey), KEY_BYTES);
  const verifierInput = aes(false, keyFor(BLOCK_KEYS.verifierInput), passwordSalt, Buffer.from(attr('p:encryptedKey', 'encryptedVerifierHashInput'), 'base64'));
  const verifierValue = aes(false, keyFor(BLOCK_KEYS.verifierValue), passwordSalt, Buffer.from(attr('p:encryptedKey', 'encryptedVerifierHashValue'), 'base64'));
  if (!sha512(verifierInput.subarray(0, SALT_BYTES)).equals(verifierValue.subarray(0, 64))) throw new Error('wrong password');
  const secretKey = aes(false, keyFor(BLOCK_KEYS.keyValue), passwordSalt, Buffer.from(attr('p:encryptedKey', 'encryptedKeyValue'), 'base64'));
  const encryptedPackage = stream('EncryptedPackage');
  const hmacKey = aes(false, secretKey, fit(sha512(keyDataSalt, BLOCK_KEYS.hmacKey), BLOCK), Buffer.from(attr('dataIntegrity', 'encryptedHmacKey'), 'base64'));
  const hmacValue = aes(false, secretKey, fit(sha512(keyDataSalt, BLOCK_KEYS.hmacValue), BLOCK), Buffer.from(attr('dataIntegrity', 'encryptedHmacValue'), 'base64'));
  if (!createHmac(HASH, hmacKey).update(encryptedPackage).digest().equals(hmacValue)) throw new Error('the file was changed');
  return cryptPackage(false, secretKey, keyDataSalt, encryptedPackage);
}
