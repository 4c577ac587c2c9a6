import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

/**
 * Writes `x.js.br` and `x.js.gz` beside each text file of `dist/assets` of at least 1 kB, once, at build time: the
 * API sends them to browsers that accept them (apps/api/src/common/http/dashboard-assets.ts), so recharts' 380 kB
 * travel as 88 kB and nothing is compressed per request. Prints the sizes.
 */
function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'outreach:precompress',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const dir = path.join(outDir, 'assets');
      const names = (await readdir(dir)).filter((name) => /\.(js|css|svg|json|txt)$/.test(name));
      let raw = 0;
      let br = 0;
      await Promise.all(
        names.map(async (name) => {
          const file = path.join(dir, name);
          const content = await readFile(file);
          if (content.length < 1024) return;
          const [brotli, gzipped] = await Promise.all([
            promisify(brotliCompress)(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }),
            promisify(gzip)(content, { level: 9 }),
          ]);
          await Promise.all([writeFile(`${file}.br`, brotli), writeFile(`${file}.gz`, gzipped)]);
          raw += content.length;
          br += brotli.length;
        }),
      );
      console.log(`圧縮済み配信: ${(raw / 1000).toFixed(0)} KB → brotli ${(br / 1000).toFixed(0)} KB（.br / .gz を assets に出力）`);
    },
  };
}

/**
 * Prints 「初期JS (gzip): NNN KB」: the entry chunk and every chunk it imports statically, i.e. what the browser
 * loads before the dashboard can render (lazy routes and charts excluded); KB as in Vite's list (1,000 bytes).
 * Warns above the budget; fails the build if recharts, which the charts load lazily, gets into that initial JS.
 */
function initialJsSize(budgetKb = 450): Plugin {
  let kb: number | undefined;
  let files = 0;
  return {
    name: 'outreach:initial-js-size',
    apply: 'build',
    enforce: 'post',
    // Measured when the files are written, printed once the build is over (after Vite's list of files).
    writeBundle(_options, bundle) {
      const chunks = new Map(Object.values(bundle).flatMap((o) => (o.type === 'chunk' ? [[o.fileName, o] as const] : [])));
      const initial = new Set<string>();
      const visit = (fileName: string) => {
        const chunk = chunks.get(fileName);
        if (!chunk || initial.has(fileName)) return;
        initial.add(fileName);
        chunk.imports.forEach(visit);
      };
      chunks.forEach((chunk) => chunk.isEntry && visit(chunk.fileName));
      const recharts = [...initial].filter((f) => chunks.get(f)!.moduleIds.some((id) => id.includes('/node_modules/recharts/') || id.includes('/recharts@')));
      if (recharts.length > 0) this.error(`recharts is in the initial JS (${recharts.join(', ')}): charts must be imported with React.lazy`);
      kb = [...initial].reduce((sum, f) => sum + gzipSync(chunks.get(f)!.code).length, 0) / 1000;
      files = initial.size;
    },
    closeBundle() {
      if (kb === undefined) return;
      console.log(`初期JS (gzip): ${kb.toFixed(1)} KB（${files} ファイル、上限 ${budgetKb} KB）`);
      if (kb > budgetKb) this.warn(`初期JS (gzip) ${kb.toFixed(1)} KB は上限 ${budgetKb} KB を超えています`);
    },
  };
}

/** JSX through Vite's built-in Oxc transform (no React fast refresh needed); the API serves dist/ at `/`. */
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic' } },
  plugins: [initialJsSize(), precompress()],
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/api': 'http://localhost:3000' },
  },
  build: {
    rolldownOptions: {
      // MUI, react-router and react-query mark their modules "use client"; meaningless in an SPA bundle (hundreds of lines).
      onLog(level, log, handler) {
        if (log.code !== 'MODULE_LEVEL_DIRECTIVE') handler(level, log);
      },
      // recharts and what only it uses (not eventemitter3 or tiny-invariant: react-admin's too) in one chunk named
      // for it, loaded with the first chart; initialJsSize fails the build if it ever becomes initial.
      output: {
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [{ name: 'recharts', test: /[\\/]node_modules[\\/](recharts|d3-[a-z-]+|victory-vendor|decimal\.js-light|@reduxjs[\\/]toolkit|react-redux|redux|reselect|immer|internmap)[\\/]/ }],
        },
      },
    },
  },
});
