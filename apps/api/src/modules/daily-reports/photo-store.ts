import { Inject, Injectable } from '@nestjs/common';
import { DomainError, invalid } from '@outreach/domain/common';
import type sharp from 'sharp';
import { UploadedFiles } from '../../common/files/uploaded-files';
import { loadSharp } from '../../common/heavy-modules';
import { ENV } from '../../config/config.module';
import type { Env } from '../../config/env';
import { WorkQueue } from '../../common/work-queue';

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
 * Activity photos: every upload is decoded and re-encoded as JPEG by sharp, which writes no EXIF, GPS or other
 * metadata (orientation is applied to the pixels first), plus a thumbnail. The files go to `UploadedFiles`.
 */
@Injectable()
export class PhotoStore {
  /** Image work is bounded here: other requests keep the remaining worker threads (see UV_THREADPOOL_SIZE). */
  private readonly images: WorkQueue;

  constructor(
    private readonly files: UploadedFiles,
    @Inject(ENV) env: Env,
  ) {
    this.images = new WorkQueue(env.IMAGE_CONCURRENCY);
  }

  private name(key: string, variant: 'full' | 'thumb'): string {
    if (!/^[0-9a-f-]{36}\/[0-9a-f-]{36}$/.test(key)) throw new Error('bad storage key');
    return `${key}${variant === 'thumb' ? '.thumb' : ''}.jpg`;
  }

  async save(key: string, upload: Buffer): Promise<StoredPhoto> {
    if (upload.length === 0) throw invalid('ファイルが空です', { file: '画像ファイルを選択してください' });
    if (!sniffImage(upload)) throw new DomainError('invalid', 'JPEG・PNG・WebP の画像を選択してください（HEIC は JPEG で保存してください）', { file: 'JPEG・PNG・WebP の画像を選択してください' });
    const { full, thumb } = await this.images.run(() => this.reencode(upload));
    await this.files.write(this.name(key, 'full'), full.data);
    await this.files.write(this.name(key, 'thumb'), thumb);
    return { width: full.info.width, height: full.info.height, bytes: full.data.length };
  }

  /** Decodes once, checks the pixel count first, writes the JPEG and derives the thumbnail from it (not from the original). */
  private async reencode(upload: Buffer): Promise<{ full: { data: Buffer; info: sharp.OutputInfo }; thumb: Buffer }> {
    const sharp = await loadSharp();
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
    try {
      const full = await sharp(upload, { limitInputPixels: MAX_PHOTO_PIXELS, failOn: 'error', sequentialRead: true })
        .rotate()
        .resize({ width: LONG_EDGE, height: LONG_EDGE, fit: 'inside', withoutEnlargement: true })
        .jpeg({ quality: 85, mozjpeg: true })
        .toBuffer({ resolveWithObject: true });
      const thumb = await sharp(full.data).resize({ width: THUMB_EDGE, height: THUMB_EDGE, fit: 'inside' }).jpeg({ quality: 75 }).toBuffer();
      return { full, thumb };
    } catch {
      throw invalid('画像として読み取れません', { file: '画像が壊れているか、対応していない形式です' });
    }
  }

  read(key: string, variant: 'full' | 'thumb'): Promise<Buffer> {
    return this.files.read(this.name(key, variant));
  }

  async remove(key: string): Promise<void> {
    await this.files.remove(this.name(key, 'full'));
    await this.files.remove(this.name(key, 'thumb'));
  }
}
