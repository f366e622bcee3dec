import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { connect } from 'node:net';
import path from 'node:path';
import { freePorts } from './free-ports.ts';

/** Debian's nginx (`apt-get install nginx`; `.ci/run` installs it). A missing nginx is a failure, never a skip. */
const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

/** deploy/nginx.conf, as written for a server. */
const CONF = path.resolve(import.meta.dirname, '../../deploy/nginx.conf');

/**
 * Replaces `from` with `to` in the configuration's directives (comments are left alone), failing unless it occurs exactly
 * `count` times: if deploy/nginx.conf changes where these paths are, the test says so rather than run another configuration.
 */
function replaceExactly(text: string, from: string, to: string, count: number): string {
  let found = 0;
  const lines = text.split('\n').map((line) => {
    if (line.trimStart().startsWith('#')) return line;
    found += line.split(from).length - 1;
    return line.split(from).join(to);
  });
  if (found !== count) throw new Error(`deploy/nginx.conf: expected "${from}" ${count} times, found ${found}.`);
  return lines.join('\n');
}

/**
 * deploy/nginx.conf with only what a test run must change, as the file's header says: the site root, the port, and the
 * pid, log and temporary paths (under `work`, so nginx runs as any user).
 */
function testConfiguration(conf: string, { root, port, work }: { root: string; port: number; work: string }): string {
  let text = replaceExactly(conf, '/srv/cap-goals/dist', root, 5);
  text = replaceExactly(text, 'listen 80;', `listen 127.0.0.1:${port};`, 1);
  text = replaceExactly(text, '/run/nginx.pid', path.join(work, 'nginx.pid'), 1);
  text = replaceExactly(text, '/var/log/nginx/', `${path.join(work, 'logs')}/`, 2);
  return replaceExactly(text, '/var/lib/nginx/', `${path.join(work, 'temp')}/`, 5);
}

export interface NginxServer {
  origin: string;
  stop: () => Promise<void>;
  /** What nginx wrote to its error log, for a failing test's message. */
  errors: () => Promise<string>;
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/** Starts nginx in the foreground on a free port, serving `root` with deploy/nginx.conf. */
export async function startNginx(root: string, work: string): Promise<NginxServer> {
  if (!existsSync(NGINX)) throw new Error(`nginx is not installed at ${NGINX} (apt-get install nginx; .ci/run does).`);
  if (!existsSync(path.join(root, '_server/nginx-maps.conf'))) throw new Error(`${root} holds no build (npm run build:fixtures).`);
  const [port] = await freePorts(1);
  await rm(work, { recursive: true, force: true });
  await mkdir(path.join(work, 'logs'), { recursive: true });
  await mkdir(path.join(work, 'temp'), { recursive: true });
  const confPath = path.join(work, 'nginx.conf');
  await writeFile(confPath, testConfiguration(await readFile(CONF, 'utf8'), { root, port: port!, work }));
  const errors = () => readFile(path.join(work, 'logs/error.log'), 'utf8').catch(() => '');

  // Started by root (as CI is), nginx's workers would switch to `nobody`, who cannot read a checkout inside a private
  // folder (mktemp -d): they keep the tester's user instead. Any other user's nginx keeps its own already.
  const directives = process.getuid?.() === 0 ? 'daemon off; user root;' : 'daemon off;';
  const child: ChildProcess = spawn(NGINX, ['-p', work, '-c', confPath, '-g', directives], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  // Wait until it listens or exits; nginx either binds within moments or reports why it cannot.
  for (;;) {
    const state = await Promise.race([exited.then((code) => ({ code })), new Promise<undefined>((resolve) => setTimeout(resolve, 100))]);
    if (state) throw new Error(`nginx exited (${state.code}): ${stderr}${await errors()}`);
    if (await listening(port!)) break;
  }
  return {
    origin: `http://127.0.0.1:${port}`,
    errors,
    stop: async () => {
      child.kill('SIGQUIT');
      await exited;
    },
  };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The body as sent: still compressed when the response says `Content-Encoding`. */
  body: Buffer;
}

/** One GET, with nothing decoded or followed, so a test sees exactly what nginx sends. */
export function get(origin: string, pathname: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(pathname, origin), { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}
