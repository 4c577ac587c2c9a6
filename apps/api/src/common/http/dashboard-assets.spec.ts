import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import express from 'express';
import request from 'supertest';
import { IMMUTABLE, precompressedAssets } from './dashboard-assets';

const CODE = 'export const answer = 42;\n'.repeat(100);
let dir: string;
let app: express.Express;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assets-'));
  fs.writeFileSync(path.join(dir, 'chart-abc123.js'), CODE);
  fs.writeFileSync(path.join(dir, 'chart-abc123.js.br'), brotliCompressSync(CODE));
  fs.writeFileSync(path.join(dir, 'chart-abc123.js.gz'), gzipSync(CODE));
  fs.writeFileSync(path.join(dir, 'tiny-def456.js'), 'export {};\n');
  app = express();
  app.use('/assets', precompressedAssets(dir));
  app.use('/assets', express.static(dir, { cacheControl: false, setHeaders: (res) => res.setHeader('Cache-Control', IMMUTABLE) }));
  app.use((_req, res) => res.status(404).send('fallback'));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The bytes as sent (supertest would decompress them). */
function raw(url: string, acceptEncoding: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const server = app.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      http
        .get({ host: '127.0.0.1', port, path: url, headers: { 'Accept-Encoding': acceptEncoding } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => server.close(() => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) })));
        })
        .on('error', reject);
    });
  });
}

describe('precompressedAssets', () => {
  it('sends the brotli file to a browser that accepts br, as JavaScript, cached for a year', async () => {
    const res = await raw('/assets/chart-abc123.js', 'gzip, deflate, br');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    expect(res.headers.vary).toMatch(/Accept-Encoding/);
    expect(res.body).toEqual(fs.readFileSync(path.join(dir, 'chart-abc123.js.br')));
  });

  it('sends gzip where br is not accepted (plain HTTP in Chromium), and the file itself where neither is', async () => {
    const gz = await raw('/assets/chart-abc123.js', 'gzip, deflate');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.body).toEqual(fs.readFileSync(path.join(dir, 'chart-abc123.js.gz')));
    const plain = await raw('/assets/chart-abc123.js', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['cache-control']).toBe(IMMUTABLE);
    expect(plain.body.toString()).toBe(CODE);
  });

  it('leaves files without a compressed copy, unknown names and paths outside the folder to what follows', async () => {
    const tiny = await request(app).get('/assets/tiny-def456.js').set('Accept-Encoding', 'br');
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.text).toBe('export {};\n');
    expect((await request(app).get('/assets/missing.js').set('Accept-Encoding', 'br')).text).toBe('fallback');
    expect((await request(app).get('/assets/..%2f..%2fetc%2fpasswd').set('Accept-Encoding', 'br')).status).toBe(404);
  });
});
