// What every results file says about the machine it was measured on: the benchmarks share a
// machine with other work, so the figures only mean something next to these.
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { round } from '../match/stats.js';

/** The processor, its count, memory, operating system and Node version. */
export function machineDescription(): {
  cpu: string;
  cpus: number;
  memoryGb: number;
  platform: string;
  node: string;
} {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model ?? 'unknown',
    cpus: cpu.length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    platform: `${platform()} ${release()}`,
    node: process.version,
  };
}

/** The 1, 5 and 15 minute load averages, to 2 decimals. */
export const loadAverages = (): number[] => loadavg().map((v) => round(v, 2));
