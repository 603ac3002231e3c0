#!/usr/bin/env node
// Replays the Dockerfile outside a container. No container engine or base image is reachable on
// our CI machines, so this reads the Dockerfile itself and performs its steps: each stage gets
// its own folder standing in for the image's filesystem, COPY copies exactly what the
// instruction names (minus .dockerignore), RUN runs in the stage's WORKDIR, and the last stage's
// CMD is started from its folder alone, as its USER, and must answer /health/ready, pass the
// HEALTHCHECK and stop cleanly on SIGTERM. What it cannot prove: the base image's own contents
// (this machine's Node and Debian stand in for node:*-bookworm-slim).
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(path.join(tmpdir(), 'pw-docker-replay-'));
chmodSync(work, 0o755);
const fail = (message) => {
  console.error(`docker-replay: FAILED: ${message}`);
  process.exitCode = 1;
  throw new Error(message);
};

// --- reading the Dockerfile ------------------------------------------------------------------
function instructions(text) {
  const out = [];
  let current = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (current === '' && (line === '' || line.startsWith('#'))) continue;
    if (line.endsWith('\\')) {
      current += line.slice(0, -1) + ' ';
      continue;
    }
    current += line;
    const match = /^(\w+)\s+(.*)$/s.exec(current);
    if (!match) fail(`cannot read the Dockerfile line: ${current}`);
    out.push({ op: match[1].toUpperCase(), args: match[2].trim() });
    current = '';
  }
  return out;
}

function ignoredBy(patterns) {
  if (patterns.some((p) => p.startsWith('!')))
    fail('.dockerignore exceptions (!) are not replayed');
  return (rel) => {
    const parts = rel.split('/');
    for (let i = 1; i <= parts.length; i++) {
      const prefix = parts.slice(0, i).join('/');
      if (patterns.some((p) => path.matchesGlob(prefix, p))) return true;
    }
    return false;
  };
}

const dockerignore = existsSync(path.join(repo, '.dockerignore'))
  ? readFileSync(path.join(repo, '.dockerignore'), 'utf8')
      .split('\n')
      .map((l) => l.trim().replace(/^\/+/, '').replace(/\/+$/, ''))
      .filter((l) => l && !l.startsWith('#'))
  : [];
const ignored = ignoredBy(dockerignore);

// --- performing the steps --------------------------------------------------------------------
const stages = [];
const stage = () => stages.at(-1) ?? fail('an instruction before FROM');
const inStage = (s, p) => path.join(s.root, path.posix.resolve(s.workdir, p));

function copy(args) {
  let words = args.split(/\s+/);
  let from = null;
  while (words[0].startsWith('--')) {
    const flag = words.shift();
    if (flag.startsWith('--from=')) from = flag.slice('--from='.length);
    else if (!flag.startsWith('--chown=')) fail(`COPY flag ${flag} is not replayed`);
  }
  const dest = words.pop();
  const s = stage();
  const target = inStage(s, dest);
  const intoFolder = dest.endsWith('/') || words.length > 1;
  for (const src of words) {
    let source;
    let filter;
    if (from) {
      const other =
        stages.find((x) => x.name === from) ?? fail(`COPY --from=${from}: no such stage`);
      source = path.join(other.root, path.posix.resolve('/', src));
    } else {
      if (src.includes('..')) fail(`COPY source outside the context: ${src}`);
      source = path.join(repo, src);
      filter = (p) => !ignored(path.relative(repo, p).split(path.sep).join('/') || '.');
    }
    if (!existsSync(source)) fail(`COPY ${src}: not found (${source})`);
    const isFolder = statSync(source).isDirectory();
    const to = !isFolder && intoFolder ? path.join(target, path.basename(source)) : target;
    mkdirSync(isFolder ? to : path.dirname(to), { recursive: true });
    cpSync(source, to, { recursive: true, verbatimSymlinks: true, filter });
  }
}

function run(s, command) {
  console.log(`\n--- [${s.name}] RUN ${command}`);
  const result = spawnSync('sh', ['-c', command], {
    cwd: inStage(s, '.'),
    env: { ...process.env, ...s.env },
    stdio: 'inherit',
  });
  if (result.status !== 0) fail(`RUN ${command} exited with ${result.status}`);
}

function env(s, args) {
  for (const match of args.matchAll(/(\w+)=("([^"]*)"|\S*)/g))
    s.env[match[1]] = match[3] ?? match[2];
}

const started = Date.now();
for (const { op, args } of instructions(readFileSync(path.join(repo, 'Dockerfile'), 'utf8'))) {
  switch (op) {
    case 'FROM': {
      const [image, as, name] = args.split(/\s+/);
      const s = {
        name: as?.toUpperCase() === 'AS' ? name : String(stages.length),
        image,
        workdir: '/',
        env: {},
      };
      s.root = path.join(work, s.name);
      mkdirSync(s.root, { recursive: true });
      stages.push(s);
      console.log(
        `\n=== stage ${s.name} (${image}; replayed on this machine's Node ${process.version})`,
      );
      break;
    }
    case 'WORKDIR':
      stage().workdir = path.posix.resolve(stage().workdir, args);
      mkdirSync(inStage(stage(), '.'), { recursive: true });
      break;
    case 'ENV':
      env(stage(), args);
      break;
    case 'COPY':
      console.log(`--- [${stage().name}] COPY ${args}`);
      copy(args);
      break;
    case 'RUN':
      if (args.startsWith('[')) fail('exec-form RUN is not replayed');
      run(stage(), args);
      break;
    case 'VOLUME':
      for (const v of JSON.parse(args)) {
        if (!existsSync(path.join(stage().root, v)))
          fail(`VOLUME ${v} does not exist in the image`);
      }
      break;
    case 'USER':
      stage().user = args;
      break;
    case 'EXPOSE':
      stage().expose = Number(args);
      break;
    case 'HEALTHCHECK':
      stage().healthcheck = args.replace(/^(--\S+\s+)*CMD\s+/, '');
      break;
    case 'CMD':
      stage().cmd = JSON.parse(args);
      break;
    default:
      fail(`instruction ${op} is not replayed`);
  }
}

// --- starting the image ----------------------------------------------------------------------
const image = stage();
if (!image.cmd) fail('the last stage has no CMD');
const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
const port = await freePort();
// PUBLIC_URL as `docker run -e PUBLIC_URL=…` gives it: the image runs in production, which needs it.
const runEnv = {
  PATH: process.env.PATH,
  ...image.env,
  PORT: String(port),
  HOST: '127.0.0.1',
  PUBLIC_URL: `http://127.0.0.1:${port}`,
};
let ids = {};
if (image.user && process.getuid?.() === 0) {
  const id = (flag) => Number(execFileSync('id', [flag, image.user], { encoding: 'utf8' }).trim());
  ids = { uid: id('-u'), gid: id('-g') };
  runEnv.HOME = tmpdir();
}
const cwd = inStage(image, '.');
console.log(
  `\n=== starting ${image.cmd.join(' ')} in ${cwd} as ${image.user ?? 'this user'} on port ${port}`,
);
const app = spawn(image.cmd[0], image.cmd.slice(1), {
  cwd,
  env: runEnv,
  stdio: ['ignore', 'pipe', 'pipe'],
  ...ids,
});
let output = '';
app.stdout.on('data', (d) => (output += d));
app.stderr.on('data', (d) => (output += d));
const exited = new Promise((resolve) =>
  app.on('exit', (code, signal) => resolve({ code, signal })),
);

try {
  const deadline = Date.now() + 180_000;
  let ready = null;
  while (Date.now() < deadline && app.exitCode === null) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/health/ready`);
      if (res.ok) {
        ready = await res.text();
        break;
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  if (!ready) fail(`/health/ready never answered 200. Output:\n${output.slice(-4000)}`);
  console.log(`/health/ready: ${ready}`);
  if (image.healthcheck) {
    const hc = spawnSync('sh', ['-c', image.healthcheck], {
      cwd,
      env: runEnv,
      ...ids,
      encoding: 'utf8',
    });
    if (hc.status !== 0) fail(`HEALTHCHECK exited with ${hc.status}: ${hc.stderr}`);
    console.log('HEALTHCHECK: passed');
  }
  const page = await fetch(`http://127.0.0.1:${port}/`);
  if (!page.ok || !(await page.text()).includes('<div id="root"'))
    fail('the web client is not served at /');
  console.log('web client: served at /');
  if (!existsSync(path.join(cwd, '.data', 'pglite')))
    fail('the embedded database was not written to .data/pglite');
  app.kill('SIGTERM');
  const { code, signal } = await Promise.race([
    exited,
    new Promise((r) => setTimeout(() => r({ code: 'timeout' }), 30_000)),
  ]);
  if (code !== 0)
    fail(`on SIGTERM the process ended with ${code ?? signal}. Output:\n${output.slice(-2000)}`);
  console.log(
    `stopped cleanly on SIGTERM; replay took ${Math.round((Date.now() - started) / 1000)} s`,
  );
} finally {
  if (app.exitCode === null) app.kill('SIGKILL');
  if (!process.env.KEEP_REPLAY) rmSync(work, { recursive: true, force: true });
}
