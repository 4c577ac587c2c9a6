import { gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

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
  plugins: [initialJsSize()],
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
