import fs from 'node:fs';
import path from 'node:path';
import type { NextFunction, Request, Response } from 'express';

/** A hashed file's name changes with its content: the browser keeps it for a year and never asks again. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** What the dashboard's build writes beside each larger file in `assets/`, best first. */
const VARIANTS = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;

/**
 * Serves the dashboard's hashed files (`dist/assets`, mounted at `/assets`) compressed when the browser accepts it:
 * the build writes a `.br` and a `.gz` beside each larger file (vite.config.ts), so nothing is compressed per
 * request. Only names listed when the API starts are served this way (no path from the request reaches the file
 * system); anything else falls through to express.static. Both answer with the long cache of IMMUTABLE.
 */
export function precompressedAssets(assetsDir: string) {
  const names = new Set(fs.existsSync(assetsDir) ? fs.readdirSync(assetsDir) : []);
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const name = req.path.slice(1);
    const available = VARIANTS.filter((v) => names.has(name + v.suffix));
    if (!names.has(name) || available.length === 0) return next();
    res.vary('Accept-Encoding');
    // Ours is the order of preference: browsers list br after gzip at the same weight.
    const variant = available.find((v) => req.acceptsEncodings(v.encoding) === v.encoding);
    if (!variant) return next();
    res.type(path.extname(name));
    res.setHeader('Content-Encoding', variant.encoding);
    res.sendFile(name + variant.suffix, { root: assetsDir, cacheControl: false, headers: { 'Cache-Control': IMMUTABLE } }, (error) => {
      if (error && !res.headersSent) {
        res.removeHeader('Content-Encoding');
        next();
      }
    });
  };
}
