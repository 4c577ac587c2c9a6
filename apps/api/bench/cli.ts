/**
 * Command-line options of `pnpm bench -- …`. Benchmarks print figures; they never pass or fail.
 *
 *   --scale 100              the large scale (programs); scale 1 always runs first as the baseline
 *   --db sqlite,mariadb      which databases
 *   --only dashboard|excel|upload|browser|rush|idle   some benchmarks only (default: the first four; upload and
 *                            browser need no bench database; browser is the dashboard's login → charts figure in
 *                            Chromium; rush and idle run on MariaDB at the large scale only, see rush.bench.ts)
 *   --requests 50            timed requests per case (dashboard)
 *   --warmup 10              untimed requests first
 *   --seed 20260401          generator seed (same seed, same rows)
 *   --mariadb-url URL        default mariadb://root@127.0.0.1:3306/outreach_bench (dropped and recreated!)
 *   --out DIR                where the JSON results go (default bench/results at the repository root)
 *   --try-indexes            after the large-scale dashboard case, add the indexes proposed in
 *                            docs/performance.md to the bench database (only there) and measure again
 *   --seconds 60             rush: the timed window (after a 5 s untimed warm-up)
 *   --users 50               rush: concurrent readers (60 % city viewers, 40 % vendor managers)
 *   --writers 10             rush: vendor staff saving their draft daily report (the form's autosave)
 *   --think-ms 1000          rush: a reader's pause between screens (0.5–1.5× at random; 0 = as fast as answered)
 *   --instances 1,2          rush: API instances behind nginx, one run each
 *   --with-export[=N]        rush: N vendor managers (1 without =N) each start the vendor's 全件データ (xlsx, every
 *                            program it serves) as the timed window opens; the rush's figures stay the window's, the
 *                            RSS peak is sampled until the exports have ended (issue 24 item 2: exports beside a rush)
 *   --idle-mix-seconds 180   idle: length of the day-like mix between the two readings
 *   --redis-url URL          rush/idle: the Redis of the instances (default redis://127.0.0.1:6379/0; keys under
 *                            their own prefix, deleted afterwards)
 */
export type BenchDb = 'sqlite' | 'mariadb';
export type BenchName = 'dashboard' | 'excel' | 'upload' | 'browser' | 'rush' | 'idle';
const BENCH_NAMES: BenchName[] = ['dashboard', 'excel', 'upload', 'browser', 'rush', 'idle'];

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
  seconds: number;
  users: number;
  writers: number;
  thinkMs: number;
  instances: number[];
  /** Exports started beside the rush (--with-export[=N]). */
  exports: number;
  idleMixSeconds: number;
  redisUrl: string;
}

const HELP = `pnpm bench -- [--scale 100] [--db sqlite,mariadb] [--only dashboard|excel|upload|browser|rush|idle] [--requests 50] [--warmup 10] [--seed N] [--mariadb-url URL] [--out DIR] [--try-indexes] [--seconds 60] [--users 50] [--writers 10] [--think-ms 1000] [--instances 1,2] [--with-export[=N]] [--idle-mix-seconds 180] [--redis-url URL]`;

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
    seconds: 60,
    users: 50,
    writers: 10,
    thinkMs: 1000,
    instances: [1, 2],
    exports: 0,
    idleMixSeconds: 180,
    redisUrl: 'redis://127.0.0.1:6379/0',
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
        for (const n of names) if (!BENCH_NAMES.includes(n as BenchName)) throw new Error(`--only: unknown benchmark "${n}" (${BENCH_NAMES.join(', ')})`);
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
      case '--seconds':
        opts.seconds = int(5);
        break;
      case '--users':
        opts.users = int(1);
        break;
      case '--writers':
        opts.writers = int(0);
        break;
      case '--think-ms':
        opts.thinkMs = int(0);
        break;
      case '--instances': {
        const counts = value().split(',').map((s) => Number(s.trim()));
        if (!counts.length || counts.some((n) => n !== 1 && n !== 2)) throw new Error(`--instances: 1, 2 or 1,2 (infra/nginx/upstream.conf lists two)\n${HELP}`);
        opts.instances = counts;
        break;
      }
      case '--with-export': {
        const n = inline === undefined ? 1 : Number(inline);
        if (!Number.isInteger(n) || n < 1) throw new Error(`--with-export=N: N must be an integer ≥ 1\n${HELP}`);
        opts.exports = n;
        break;
      }
      case '--idle-mix-seconds':
        opts.idleMixSeconds = int(10);
        break;
      case '--redis-url':
        opts.redisUrl = value();
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
