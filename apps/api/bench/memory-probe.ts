/**
 * Preloaded into the API by the idle-footprint and rush benchmarks (`node --require …/memory-probe.js dist/main.js`):
 * on SIGUSR2 it writes where the process's memory is to MEMORY_PROBE_FILE — process.memoryUsage(), V8's heap
 * spaces and how many modules are loaded, and the same figures as they were when the RSS was highest (`atPeak`,
 * sampled every 250 ms) — and, with MEMORY_PROBE_SNAPSHOT_DIR, a heap snapshot; with them, how busy the API's thread
 * was since the previous report (`eventLoop`: how late a 2 ms timer fired, and the share of time the loop was busy).
 * Never part of the product (bench only, compiled into dist-bench).
 */
import fs from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import v8 from 'node:v8';

const file = process.env.MEMORY_PROBE_FILE;
const MB = 1024 * 1024;
const mb = (n: number) => Math.round((n / MB) * 10) / 10;
/** What the memory was made of when the RSS was highest so far (sampled every 250 ms). */
let atPeak: { at: string; memoryUsageMb: Record<string, number>; heapSpacesUsedMb: Record<string, number>; mallocedMb: number } | null = null;
let peakRss = 0;
if (file) {
  // A request's every statement waits for the thread to come round to its answer: this is that wait, sampled.
  const loopDelay = monitorEventLoopDelay({ resolution: 2 });
  loopDelay.enable();
  let busySince = performance.eventLoopUtilization();
  const eventLoop = () => {
    const ms = (ns: number) => Math.round((ns / 1e6) * 10) / 10;
    const figures = {
      delayP50Ms: ms(loopDelay.percentile(50)),
      delayP99Ms: ms(loopDelay.percentile(99)),
      delayMaxMs: ms(loopDelay.max),
      utilization: Math.round(performance.eventLoopUtilization(busySince).utilization * 100) / 100,
    };
    loopDelay.reset();
    busySince = performance.eventLoopUtilization();
    return figures;
  };
  setInterval(() => {
    const usage = process.memoryUsage();
    if (usage.rss <= peakRss) return;
    peakRss = usage.rss;
    atPeak = {
      at: new Date().toISOString(),
      memoryUsageMb: Object.fromEntries(Object.entries(usage).map(([k, v]) => [k, mb(v)])),
      heapSpacesUsedMb: Object.fromEntries(v8.getHeapSpaceStatistics().map((s) => [s.space_name, mb(s.space_used_size)])),
      mallocedMb: mb(v8.getHeapStatistics().malloced_memory),
    };
  }, 250).unref();
  process.on('SIGUSR2', () => {
    const usage = process.memoryUsage();
    const spaces = Object.fromEntries(v8.getHeapSpaceStatistics().map((s) => [s.space_name, mb(s.space_used_size)]));
    const heap = v8.getHeapStatistics();
    // Under --expose-gc (BENCH_API_NODE_ARGS): what is left after a full collection, i.e. what is really retained.
    const gc = (globalThis as { gc?: () => void }).gc;
    let afterGcMb: Record<string, number> | null = null;
    if (gc) {
      gc();
      afterGcMb = Object.fromEntries(Object.entries(process.memoryUsage()).map(([k, v]) => [k, mb(v)]));
    }
    let snapshot: string | null = null;
    if (process.env.MEMORY_PROBE_SNAPSHOT_DIR) snapshot = v8.writeHeapSnapshot(path.join(process.env.MEMORY_PROBE_SNAPSHOT_DIR, `api-${process.pid}-${Date.now()}.heapsnapshot`));
    const report = {
      at: new Date().toISOString(),
      memoryUsageMb: Object.fromEntries(Object.entries(usage).map(([k, v]) => [k, mb(v)])),
      heapSpacesUsedMb: spaces,
      afterGcMb,
      heapLimitMb: mb(heap.heap_size_limit),
      mallocedMb: mb(heap.malloced_memory),
      modulesLoaded: Object.keys(require.cache).length,
      eventLoop: eventLoop(),
      atPeak,
      snapshot,
    };
    fs.writeFileSync(`${file}.tmp`, JSON.stringify(report));
    fs.renameSync(`${file}.tmp`, file);
  });
}

// Under --cpu-prof, Node writes the profile only on a normal exit: SIGTERM (how the bench stops the API) exits normally.
if (process.execArgv.some((a) => a.startsWith('--cpu-prof'))) process.once('SIGTERM', () => process.exit(0));
