/**
 * Libraries the API needs only for some requests, loaded on first use rather than at boot (issue 24 item 5): exceljs
 * (with archiver, unzipper, jszip, saxes…) for a report, an import or an export, sharp (libvips) for a photo, jszip for
 * a hand-over zip, cfb for a password-protected workbook, ioredis only when REDIS_URL is set. Each costs tens of MB
 * of RSS once loaded; an instance that never builds a workbook or decodes a picture never pays for them. A loader
 * loads its library once; every later call gets the same module. Elsewhere these libraries are imported for their
 * types only (`import type`). The export's worker threads load exceljs themselves, as before.
 */

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}

export const loadExcelJS = once(async () => (await import('exceljs')).default);

/**
 * libvips: one thread per image (the work queue decides how many images at once) and no operation cache, so a burst
 * of uploads neither fans out over every core nor keeps decoded pictures around.
 */
export const loadSharp = once(async () => {
  const sharp = (await import('sharp')).default;
  sharp.concurrency(1);
  sharp.cache(false);
  return sharp;
});

export const loadJSZip = once(async () => (await import('jszip')).default);

export const loadCfb = once(async () => (await import('cfb')).default);

export const loadRedis = once(async () => (await import('ioredis')).Redis);
