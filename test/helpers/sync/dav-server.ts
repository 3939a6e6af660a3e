/**
 * A real WebDAV server for the sync tests: Apache httpd with mod_dav
 * (Debian `apache2`), started on 127.0.0.1 as the current user with a
 * configuration of its own in a temporary folder, Basic authentication for
 * one user. Apache's ETags and If-Match / If-None-Match are what sync's
 * conditional writes rely on (rclone 1.60's `serve webdav` ignores both).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const APACHE = '/usr/sbin/apache2';
const MODULES = '/usr/lib/apache2/modules';

export interface DavServer {
  /** The WebDAV folder's address, ending with `/`. */
  url: string;
  user: string;
  password: string;
  /** Where the server keeps the files, to look at them as they are on its disk. */
  root: string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(),
      );
    });
  });
}

export async function startDavServer(user = 'author', password = 'secret'): Promise<DavServer> {
  if (!existsSync(APACHE)) {
    throw new Error('apache2 not found: install it (apt-get install -y apache2)');
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'veille-dav-'));
  const root = path.join(dir, 'data');
  for (const sub of ['data', 'logs', 'lock']) mkdirSync(path.join(dir, sub));
  const sha = createHash('sha1').update(password).digest('base64');
  writeFileSync(path.join(dir, 'users'), `${user}:{SHA}${sha}\n`);
  const port = await freePort();
  const modules = [
    ['mpm_event', 'mod_mpm_event'],
    ['authz_core', 'mod_authz_core'],
    ['authz_user', 'mod_authz_user'],
    ['authn_core', 'mod_authn_core'],
    ['authn_file', 'mod_authn_file'],
    ['auth_basic', 'mod_auth_basic'],
    ['dav', 'mod_dav'],
    ['dav_fs', 'mod_dav_fs'],
  ];
  writeFileSync(
    path.join(dir, 'httpd.conf'),
    [
      `ServerRoot ${dir}`,
      'ServerName 127.0.0.1',
      `Listen 127.0.0.1:${port}`,
      `PidFile ${dir}/httpd.pid`,
      `ErrorLog ${dir}/logs/error.log`,
      ...modules.map(([name, file]) => `LoadModule ${name}_module ${MODULES}/${file}.so`),
      `DAVLockDB ${dir}/lock/DAVLock`,
      `DocumentRoot ${root}`,
      `<Directory ${root}>`,
      '  Dav On',
      '  AuthType Basic',
      '  AuthName "veille"',
      `  AuthUserFile ${dir}/users`,
      '  Require valid-user',
      '</Directory>',
    ].join('\n'),
  );
  const child: ChildProcess = spawn(APACHE, ['-f', path.join(dir, 'httpd.conf'), '-DFOREGROUND'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const url = `http://127.0.0.1:${port}/`;
  for (let tries = 0; ; tries++) {
    if (child.exitCode !== null) throw new Error(`apache2 exited: ${stderr}`);
    const up = await fetch(url).then(
      (response) => response.status === 401,
      () => false,
    );
    if (up) break;
    if (tries > 200) throw new Error(`apache2 did not start: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url,
    user,
    password,
    root,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Every file under the server's folder, path -> content, as on its disk. */
export function filesOnDisk(server: DavServer, sub = 'veille-sync'): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string) => {
    if (!existsSync(folder)) return;
    for (const name of readdirSafe(folder)) {
      const full = path.join(folder, name);
      if (name.endsWith('/')) walk(full);
      else files.set(path.relative(server.root, full), readFileSync(full, 'utf8'));
    }
  };
  walk(path.join(server.root, sub));
  return files;
}

function readdirSafe(folder: string): string[] {
  return readdirSync(folder).map((name) =>
    statSync(path.join(folder, name)).isDirectory() ? `${name}/` : name,
  );
}
