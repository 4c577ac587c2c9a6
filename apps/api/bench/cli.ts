/**
 * Command-line options of `pnpm bench -- …`. Benchmarks print figures; they never pass or fail.
 *
 *   --scale 100              the large scale (programs); scale 1 always runs first as the baseline
 *   --db sqlite,mariadb      which databases
 *   --only dashboard|excel|upload|browser   some benchmarks only (default: all four; upload and browser need no
 *                            bench database; browser is the dashboard's login → charts figure in Chromium)
 *   --requests 50            timed requests per case (dashboard)
 *   --warmup 10              untimed requests first
 *   --seed 20260401          generator seed (same seed, same rows)
 *   --mariadb-url URL        default mariadb://root@127.0.0.1:3306/outreach_bench (dropped and recreated!)
 *   --out DIR                where the JSON results go (default bench/results at the repository root)
 *   --try-indexes            after the large-scale dashboard case, add the indexes proposed in
 *                            docs/performance.md to the bench database (only there) and measure again
 */
export type BenchDb = 'sqlite' | 'mariadb';
export type BenchName = 'dashboard' | 'excel' | 'upload' | 'browser';

export interface BenchOptions {
  scale: number;
  dbs: BenchDb[];
  only: BenchName[];
  requests: number;
  warmup: number;
  seed: number;
  mariadbUrl: string;
  outDir: string | null;
  tryIndexes: boolean;
}

const HELP = `pnpm bench -- [--scale 100] [--db sqlite,mariadb] [--only dashboard|excel|upload|browser] [--requests 50] [--warmup 10] [--seed N] [--mariadb-url URL] [--out DIR] [--try-indexes]`;

export function parseArgs(argv: string[]): BenchOptions {
  const opts: BenchOptions = {
    scale: 100,
    dbs: ['sqlite', 'mariadb'],
    only: ['dashboard', 'excel', 'upload', 'browser'],
    requests: 50,
    warmup: 10,
    seed: 20260401,
    mariadbUrl: 'mariadb://root@127.0.0.1:3306/outreach_bench',
    outDir: null,
    tryIndexes: false,
  };
  const args = argv.filter((a) => a !== '--');
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].split('=', 2);
    const value = () => {
      const v = inline ?? args[++i];
      if (v === undefined) throw new Error(`${flag} needs a value\n${HELP}`);
      return v;
    };
    const int = (min: number) => {
      const n = Number(value());
      if (!Number.isInteger(n) || n < min) throw new Error(`${flag} must be an integer ≥ ${min}\n${HELP}`);
      return n;
    };
    switch (flag) {
      case '--scale':
        opts.scale = int(1);
        break;
      case '--db': {
        const dbs = value().split(',').map((s) => s.trim()).filter(Boolean);
        for (const d of dbs) if (d !== 'sqlite' && d !== 'mariadb') throw new Error(`--db: unknown database "${d}" (sqlite, mariadb)`);
        opts.dbs = dbs as BenchDb[];
        break;
      }
      case '--only': {
        const names = value().split(/[,|]/).map((s) => s.trim()).filter(Boolean);
        for (const n of names) if (!['dashboard', 'excel', 'upload', 'browser'].includes(n)) throw new Error(`--only: unknown benchmark "${n}" (dashboard, excel, upload, browser)`);
        opts.only = names as BenchName[];
        break;
      }
      case '--requests':
        opts.requests = int(5);
        break;
      case '--warmup':
        opts.warmup = int(0);
        break;
      case '--seed':
        opts.seed = int(0);
        break;
      case '--mariadb-url':
        opts.mariadbUrl = value();
        break;
      case '--out':
        opts.outDir = value();
        break;
      case '--try-indexes':
        opts.tryIndexes = true;
        break;
      case '--help':
      case '-h':
        console.log(HELP);
        process.exit(0);
        break;
      default:
        throw new Error(`unknown option ${args[i]}\n${HELP}`);
    }
  }
  return opts;
}

/** The scales a run measures: 1 (the baseline of every ratio), then the large one. */
export function scalesOf(opts: BenchOptions): number[] {
  return opts.scale === 1 ? [1] : [1, opts.scale];
}
