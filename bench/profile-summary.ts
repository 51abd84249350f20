/**
 * Summarises a V8 .cpuprofile (from `node --cpu-prof`): the top functions by self time and the
 * self time per file, idle time left out.
 *
 *   node --import tsx bench/profile-summary.ts <file.cpuprofile> [top=15]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
export interface CpuProfile {
  nodes: ProfileNode[];
  /** Microseconds on the monotonic clock (Linux: the one `process.hrtime` reads). */
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** A span of the monotonic clock in µs, as `monotonicMicros()` reads it in any process on this machine. */
export interface ProfileWindow {
  fromUs: number;
  toUs: number;
}

/** Now on the clock V8 stamps profile samples with. */
export function monotonicMicros(): number {
  return Number(process.hrtime.bigint() / 1000n);
}

export interface ProfileSummary {
  totalMs: number;
  functions: { name: string; file: string; selfMs: number; share: number }[];
  files: { file: string; selfMs: number; share: number }[];
}

const root = resolve(import.meta.dirname, '..');

/**
 * Self time per function and per file, in ms, of the non-idle samples — only those taken inside
 * `window` when one is given (start-up and warm-up left out).
 */
export function summariseProfile(profile: CpuProfile, top = 15, window?: ProfileWindow): ProfileSummary {
  const selfUs = new Map<number, number>();
  let at = profile.startTime;
  for (const [index, id] of profile.samples.entries()) {
    const delta = profile.timeDeltas[index] ?? 0;
    at += delta;
    if (window && (at < window.fromUs || at > window.toUs)) continue;
    selfUs.set(id, (selfUs.get(id) ?? 0) + delta);
  }
  const byFunction = new Map<string, { name: string; file: string; selfMs: number }>();
  const byFile = new Map<string, number>();
  let totalMs = 0;
  for (const node of profile.nodes) {
    const ms = (selfUs.get(node.id) ?? 0) / 1000;
    if (ms === 0 || node.callFrame.functionName === '(idle)') continue;
    totalMs += ms;
    const file = fileOf(node.callFrame.url);
    const name = node.callFrame.functionName || '(anonymous)';
    const key = `${name}\u0000${file}:${node.callFrame.lineNumber}`;
    const entry = byFunction.get(key) ?? {
      name,
      // tsx compiles each module onto few lines, so a line number in our own sources says little.
      file: node.callFrame.lineNumber > 0 ? `${file}:${node.callFrame.lineNumber + 1}` : file,
      selfMs: 0,
    };
    entry.selfMs += ms;
    byFunction.set(key, entry);
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
  }
  const share = <T extends { selfMs: number }>(row: T) => ({ ...row, share: totalMs === 0 ? 0 : row.selfMs / totalMs });
  return {
    totalMs,
    functions: [...byFunction.values()]
      .sort((a, b) => b.selfMs - a.selfMs)
      .slice(0, top)
      .map(share),
    files: [...byFile.entries()]
      .map(([file, selfMs]) => ({ file, selfMs }))
      .sort((a, b) => b.selfMs - a.selfMs)
      .slice(0, top)
      .map(share),
  };
}

/** A short name for a script: the repository path, `pkg` for node_modules/pkg, Node's own as `node:…`. */
function fileOf(url: string): string {
  if (url === '') return '(V8 / native)';
  const path = url.startsWith('file://') ? fileURLToPath(url) : url;
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (modules) return `${modules[1]} (dependency)`;
  if (path.startsWith(root)) return path.slice(root.length + 1);
  return path;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [file, top = '15'] = process.argv.slice(2);
  if (!file) {
    console.error('usage: profile-summary.ts <file.cpuprofile> [top]');
    process.exit(2);
  }
  const summary = summariseProfile(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, Number(top));
  console.log(`${(summary.totalMs / 1000).toFixed(2)} s of non-idle samples\n\nfunction | file | self ms | share`);
  for (const row of summary.functions) {
    console.log(`${row.name} | ${row.file} | ${row.selfMs.toFixed(0)} | ${(row.share * 100).toFixed(1)} %`);
  }
  console.log('\nfile | self ms | share');
  for (const row of summary.files)
    console.log(`${row.file} | ${row.selfMs.toFixed(0)} | ${(row.share * 100).toFixed(1)} %`);
}
