import fs from 'node:fs/promises';
import path from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { DomainError, invalid } from '@outreach/domain';
import sharp from 'sharp';
import { ENV } from '../../config/config.module';
import type { Env } from '../../config/env';

/** Largest upload accepted (phones send 3–8 MB). */
export const MAX_PHOTO_BYTES = 15 * 1024 * 1024;
/** Pixel ceiling checked before decoding: a small file that would inflate to gigabytes is refused. */
export const MAX_PHOTO_PIXELS = 40_000_000;
const LONG_EDGE = 2048;
const THUMB_EDGE = 320;

/** What the bytes say the file is; the client's name and type are never trusted. */
export function sniffImage(bytes: Buffer): 'jpeg' | 'png' | 'webp' | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (bytes.length >= 12 && bytes.subarray(0, 4).toString('ascii') === 'RIFF' && bytes.subarray(8, 12).toString('ascii') === 'WEBP') return 'webp';
  return undefined;
}

export interface StoredPhoto {
  width: number;
  height: number;
  bytes: number;
}

/**
 * Activity photos on disk under PHOTO_DIR. Every upload is decoded and re-encoded as JPEG by sharp, which
 * writes no EXIF, GPS or other metadata (orientation is applied to the pixels first), plus a thumbnail.
 */
@Injectable()
export class PhotoStore {
  constructor(@Inject(ENV) private readonly env: Env) {}

  private file(key: string, variant: 'full' | 'thumb'): string {
    if (!/^[0-9a-f-]{36}\/[0-9a-f-]{36}$/.test(key)) throw new Error('bad storage key');
    return path.join(this.env.PHOTO_DIR, `${key}${variant === 'thumb' ? '.thumb' : ''}.jpg`);
  }

  async save(key: string, upload: Buffer): Promise<StoredPhoto> {
    if (upload.length === 0) throw invalid('ファイルが空です', { file: '画像ファイルを選択してください' });
    if (!sniffImage(upload)) throw new DomainError('invalid', 'JPEG・PNG・WebP の画像を選択してください（HEIC は JPEG で保存してください）', { file: 'JPEG・PNG・WebP の画像を選択してください' });
    let meta: sharp.Metadata;
    try {
      meta = await sharp(upload, { limitInputPixels: false }).metadata();
    } catch {
      throw invalid('画像として読み取れません', { file: '画像として読み取れません。別のファイルを選択してください' });
    }
    if (!meta.width || !meta.height) throw invalid('画像として読み取れません', { file: '画像として読み取れません' });
    if (meta.width * meta.height > MAX_PHOTO_PIXELS) {
      throw invalid('画像の画素数が大きすぎます', { file: `画素数は${MAX_PHOTO_PIXELS / 1_000_000}メガピクセルまでです（${meta.width}×${meta.height}）` });
    }
    const input = () => sharp(upload, { limitInputPixels: MAX_PHOTO_PIXELS, failOn: 'error' }).rotate();
    let full: { data: Buffer; info: sharp.OutputInfo };
    let thumb: Buffer;
    try {
      full = await input().resize({ width: LONG_EDGE, height: LONG_EDGE, fit: 'inside', withoutEnlargement: true }).jpeg({ quality: 85, mozjpeg: true }).toBuffer({ resolveWithObject: true });
      thumb = await input().resize({ width: THUMB_EDGE, height: THUMB_EDGE, fit: 'inside' }).jpeg({ quality: 75 }).toBuffer();
    } catch {
      throw invalid('画像として読み取れません', { file: '画像が壊れているか、対応していない形式です' });
    }
    await fs.mkdir(path.dirname(this.file(key, 'full')), { recursive: true });
    await fs.writeFile(this.file(key, 'full'), full.data);
    await fs.writeFile(this.file(key, 'thumb'), thumb);
    return { width: full.info.width, height: full.info.height, bytes: full.data.length };
  }

  read(key: string, variant: 'full' | 'thumb'): Promise<Buffer> {
    return fs.readFile(this.file(key, variant));
  }

  async remove(key: string): Promise<void> {
    await fs.rm(this.file(key, 'full'), { force: true });
    await fs.rm(this.file(key, 'thumb'), { force: true });
  }
}
