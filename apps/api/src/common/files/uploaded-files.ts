import fs from 'node:fs/promises';
import path from 'node:path';
import { Inject, Injectable, type Logger } from '@nestjs/common';
import { conflict } from '@outreach/domain/common';
import { ENV } from '../../config/config.module';
import type { Env } from '../../config/env';
import { isUniqueViolation } from '../http/domain-exception.filter';

/**
 * Where uploaded files are kept, by name: activity photos ("<daily report id>/<photo id>.jpg" and ".thumb.jpg") and
 * business plan documents ("plans/<program id>/<version id>"), submitted monthly and completion reports
 * ("reports/<program id>/<version id>.xlsx"), applications' face photos, sealed ("faces/<program id>/<application id>.sealed"
 * and ".thumb.sealed"). Every API instance must see the same files: today a
 * folder (PHOTO_DIR), which several instances share as a network volume mounted at the same path; object storage is
 * the next implementation of this interface (docs/operations.md). The database row names the file; the owner
 * module writes the file before the row and removes it when the row goes.
 */
export abstract class UploadedFiles {
  abstract write(name: string, bytes: Buffer): Promise<void>;
  abstract read(name: string): Promise<Buffer>;
  abstract remove(name: string): Promise<void>;
}

const UUID = '[0-9a-f-]{36}';
/** The only names there are: ids chosen by the API, never a client-supplied name. */
const NAMES = new RegExp(`^(${UUID}/${UUID}(\\.thumb)?\\.jpg|plans/${UUID}/${UUID}|reports/${UUID}/${UUID}\\.xlsx|faces/${UUID}/${UUID}(\\.thumb)?\\.sealed)$`);

/** Uploaded files in a folder (PHOTO_DIR), outside the web root; served only through the API. */
@Injectable()
export class FolderUploadedFiles extends UploadedFiles {
  constructor(@Inject(ENV) private readonly env: Env) {
    super();
  }

  private path(name: string): string {
    if (!NAMES.test(name)) throw new Error('bad storage key');
    return path.join(this.env.PHOTO_DIR, name);
  }

  async write(name: string, bytes: Buffer): Promise<void> {
    const file = this.path(name);
    await fs.mkdir(path.dirname(file), { recursive: true });
    // Written aside and renamed, so another instance never reads half a file.
    const partial = `${file}.${process.pid}.partial`;
    await fs.writeFile(partial, bytes);
    await fs.rename(partial, file);
  }

  read(name: string): Promise<Buffer> {
    return fs.readFile(this.path(name));
  }

  async remove(name: string): Promise<void> {
    await fs.rm(this.path(name), { force: true });
  }
}

/**
 * A file and the row that names it: the file is written first, then `record` runs (a transaction); should it fail, the
 * file is removed again, so no file is kept without its row. A unique violation (two versions at once) is a 409 saying
 * `race`.
 */
export async function writeThenRecord(files: UploadedFiles, name: string, bytes: Buffer, record: () => Promise<void>, race: string, log: Logger): Promise<void> {
  await files.write(name, bytes);
  try {
    await record();
  } catch (e) {
    await files.remove(name).catch((err: unknown) => log.warn(`could not remove an unsaved file: ${(err as Error).message}`));
    if (isUniqueViolation(e)) throw conflict(race);
    throw e;
  }
}
