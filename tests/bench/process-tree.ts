/**
 * Samples the resident memory of a process and all its descendants from /proc (Linux), so the
 * benchmark's peak is the whole build: npm, the build script, Astro and Pagefind's binary.
 */
import { readdirSync, readFileSync } from 'node:fs';

interface Proc {
  pid: number;
  ppid: number;
  name: string;
  rssBytes: number;
}

function readProc(pid: number): Proc | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (key: string) => new RegExp(`^${key}:\\s*(.+)$`, 'm').exec(status)?.[1]?.trim();
    return { pid, ppid: Number(field('PPid')), name: field('Name') ?? '?', rssBytes: Number(/(\d+)/.exec(field('VmRSS') ?? '0')?.[1] ?? 0) * 1024 };
  } catch {
    return undefined; // gone between the listing and the read
  }
}

/** The processes of the tree rooted at `root`, with their resident memory now. */
function processTree(root: number): Proc[] {
  const all = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((name) => readProc(Number(name)))
    .filter((p): p is Proc => p !== undefined);
  const children = new Map<number, Proc[]>();
  for (const p of all) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const tree: Proc[] = [];
  const queue = all.filter((p) => p.pid === root);
  while (queue.length > 0) {
    const p = queue.shift() as Proc;
    tree.push(p);
    queue.push(...(children.get(p.pid) ?? []));
  }
  return tree;
}

export interface MemorySampler {
  /** Sets the label that later samples count under (a build phase). */
  phase(label: string): void;
  /** Stops sampling; peak of the whole tree, and per phase, in bytes. */
  stop(): { peakBytes: number; peakByPhase: Record<string, number>; peakProcesses: { name: string; rssBytes: number }[] };
}

/** Samples the tree under `root` every `everyMs`. */
export function sampleMemory(root: number, everyMs = 200): MemorySampler {
  let label = 'start';
  let peakBytes = 0;
  let peakProcesses: { name: string; rssBytes: number }[] = [];
  const peakByPhase: Record<string, number> = {};
  const sample = () => {
    const tree = processTree(root);
    const total = tree.reduce((n, p) => n + p.rssBytes, 0);
    peakByPhase[label] = Math.max(peakByPhase[label] ?? 0, total);
    if (total > peakBytes) {
      peakBytes = total;
      peakProcesses = tree.filter((p) => p.rssBytes > 20 * 1024 * 1024).map(({ name, rssBytes }) => ({ name, rssBytes }));
    }
  };
  const timer = setInterval(sample, everyMs);
  return {
    phase(next) {
      sample();
      label = next;
    },
    stop() {
      clearInterval(timer);
      return { peakBytes, peakByPhase, peakProcesses };
    },
  };
}
