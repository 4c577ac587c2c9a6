import { Inject, Injectable } from '@nestjs/common';
import { FACE_PHOTO_MESSAGES, facePhotoProblems } from '@outreach/domain/applications';
import { invalid } from '@outreach/domain/common';
import type sharp from 'sharp';
import { RecordCipher } from '../../common/crypto/record-cipher';
import { UploadedFiles } from '../../common/files/uploaded-files';
import { loadSharp } from '../../common/heavy-modules';
import { WorkQueue } from '../../common/work-queue';
import { ENV } from '../../config/config.module';
import type { Env } from '../../config/env';
import { MAX_PHOTO_PIXELS } from '../daily-reports/photo-store';

/** A face photo's long edge as kept: enough for the card's 4.5 × 3.5 cm photo at print resolution. */
const LONG_EDGE = 1600;
const THUMB_EDGE = 240;

/**
 * The files of applications' face photos (顔写真): each upload is checked (JPEG or PNG by its bytes, the size), decoded
 * and re-encoded as JPEG by sharp (no EXIF, GPS or other metadata; orientation applied to the pixels), with a
 * thumbnail; both are sealed under the application's own data key (RecordCipher.sealBytes) before they reach
 * `UploadedFiles`, so the stored bytes are never the picture and shredding the key ends every copy (ADR 0008).
 */
@Injectable()
export class FacePhotoFiles {
  private readonly images: WorkQueue;

  constructor(
    private readonly files: UploadedFiles,
    private readonly cipher: RecordCipher,
    @Inject(ENV) env: Env,
  ) {
    this.images = new WorkQueue(env.IMAGE_CONCURRENCY);
  }

  static fileName(programId: string, applicationId: string, variant: 'full' | 'thumb'): string {
    return `faces/${programId}/${applicationId}${variant === 'thumb' ? '.thumb' : ''}.sealed`;
  }

  /** Checks, re-encodes, seals and writes the photo and its thumbnail (replacing any earlier one); 422 on `file`. */
  async save(programId: string, applicationId: string, upload: Buffer | undefined): Promise<void> {
    const problems = facePhotoProblems(upload);
    if (problems.file) throw invalid(problems.file, problems);
    const { full, thumb } = await this.images.run(() => reencode(upload!));
    await this.files.write(FacePhotoFiles.fileName(programId, applicationId, 'full'), this.cipher.sealBytes(applicationId, full));
    await this.files.write(FacePhotoFiles.fileName(programId, applicationId, 'thumb'), this.cipher.sealBytes(applicationId, thumb));
  }

  /** The JPEG (or its thumbnail), opened with the application's key. */
  async read(programId: string, applicationId: string, variant: 'full' | 'thumb'): Promise<Buffer> {
    return this.cipher.openBytes(applicationId, await this.files.read(FacePhotoFiles.fileName(programId, applicationId, variant)));
  }

  async remove(programId: string, applicationId: string): Promise<void> {
    await this.files.remove(FacePhotoFiles.fileName(programId, applicationId, 'full'));
    await this.files.remove(FacePhotoFiles.fileName(programId, applicationId, 'thumb'));
  }
}

async function reencode(upload: Buffer): Promise<{ full: Buffer; thumb: Buffer }> {
  const unreadable = () => invalid(FACE_PHOTO_MESSAGES.unreadable, { file: FACE_PHOTO_MESSAGES.unreadable });
  const sharp = await loadSharp();
  let meta: sharp.Metadata;
  try {
    meta = await sharp(upload, { limitInputPixels: false }).metadata();
  } catch {
    throw unreadable();
  }
  if (!meta.width || !meta.height) throw unreadable();
  if (meta.width * meta.height > MAX_PHOTO_PIXELS) throw invalid('顔写真の画素数が大きすぎます', { file: `画素数は${MAX_PHOTO_PIXELS / 1_000_000}メガピクセルまでです（${meta.width}×${meta.height}）` });
  try {
    const full = await sharp(upload, { limitInputPixels: MAX_PHOTO_PIXELS, failOn: 'error' })
      .rotate()
      .resize({ width: LONG_EDGE, height: LONG_EDGE, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 90 })
      .toBuffer();
    const thumb = await sharp(full).resize({ width: THUMB_EDGE, height: THUMB_EDGE, fit: 'inside' }).jpeg({ quality: 75 }).toBuffer();
    return { full, thumb };
  } catch {
    throw unreadable();
  }
}
