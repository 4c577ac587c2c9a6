import fs from 'node:fs/promises';
import path from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { ENV } from '../../config/config.module';
import type { Env } from '../../config/env';

/**
 * Where activity photo files are kept, by name ("<daily report id>/<photo id>.jpg"). Every API instance must
 * see the same files: today a folder (PHOTO_DIR), which several instances share as a network volume mounted
 * at the same path; object storage is the next implementation of this interface (docs/operations.md).
 */
export abstract class PhotoFiles {
  abstract write(name: string, bytes: Buffer): Promise<void>;
  abstract read(name: string): Promise<Buffer>;
  abstract remove(name: string): Promise<void>;
}

/** Photo files in a folder (PHOTO_DIR), outside the web root; served only through the API. */
@Injectable()
export class FolderPhotoFiles extends PhotoFiles {
  constructor(@Inject(ENV) private readonly env: Env) {
    super();
  }

  private path(name: string): string {
    if (!/^[0-9a-f-]{36}\/[0-9a-f-]{36}(\.thumb)?\.jpg$/.test(name)) throw new Error('bad storage key');
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
