/**
 * A file system in memory for isomorphic-git, with the promise API it calls
 * (Node's `fs.promises` shape and error codes). A publish clones into a fresh
 * one and drops it: nothing of the blog's repository stays in the browser.
 */

type Node =
  | { type: 'file'; data: Uint8Array; mode: number; mtimeMs: number }
  | { type: 'dir'; mtimeMs: number }
  | { type: 'symlink'; target: string; mtimeMs: number };

interface Stats {
  type: Node['type'];
  mode: number;
  size: number;
  ino: number;
  mtimeMs: number;
  ctimeMs: number;
  uid: number;
  gid: number;
  dev: number;
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}

function fsError(code: string, path: string): Error {
  return Object.assign(new Error(`${code}: ${path}`), { code, path });
}

function clean(path: string): string {
  const parts = path.split('/').filter((part) => part !== '' && part !== '.');
  return `/${parts.join('/')}`;
}

function parentOf(path: string): string {
  const cut = path.lastIndexOf('/');
  return cut <= 0 ? '/' : path.slice(0, cut);
}

function encodingOf(options: unknown): string | undefined {
  if (typeof options === 'string') return options;
  if (options && typeof options === 'object' && 'encoding' in options) {
    return (options as { encoding?: string }).encoding;
  }
  return undefined;
}

/** Creates an empty file system: `{ promises }`, as isomorphic-git's `fs` option takes it. */
export function createMemoryFs() {
  const nodes = new Map<string, Node>([['/', { type: 'dir', mtimeMs: 0 }]]);
  let inode = 0;
  const inodes = new Map<string, number>();

  const get = (path: string): Node => {
    const node = nodes.get(clean(path));
    if (!node) throw fsError('ENOENT', path);
    return node;
  };
  const requireParentDir = (path: string) => {
    const parent = nodes.get(parentOf(path));
    if (!parent) throw fsError('ENOENT', path);
    if (parent.type !== 'dir') throw fsError('ENOTDIR', path);
  };
  const stat = (path: string): Stats => {
    const node = get(path);
    const key = clean(path);
    if (!inodes.has(key)) inodes.set(key, ++inode);
    const size = node.type === 'file' ? node.data.length : 0;
    const mode = node.type === 'file' ? node.mode : node.type === 'dir' ? 0o40755 : 0o120000;
    return {
      type: node.type,
      mode,
      size,
      ino: inodes.get(key) ?? 0,
      mtimeMs: node.mtimeMs,
      ctimeMs: node.mtimeMs,
      uid: 1,
      gid: 1,
      dev: 1,
      isFile: () => node.type === 'file',
      isDirectory: () => node.type === 'dir',
      isSymbolicLink: () => node.type === 'symlink',
    };
  };

  const promises = {
    async readFile(path: string, options?: unknown): Promise<Uint8Array | string> {
      const node = get(path);
      if (node.type === 'dir') throw fsError('EISDIR', path);
      if (node.type === 'symlink') return promises.readFile(node.target, options);
      return encodingOf(options) === 'utf8'
        ? new TextDecoder().decode(node.data)
        : node.data.slice();
    },
    async writeFile(path: string, data: Uint8Array | string, options?: unknown): Promise<void> {
      const key = clean(path);
      requireParentDir(key);
      if (nodes.get(key)?.type === 'dir') throw fsError('EISDIR', path);
      const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data.slice();
      const mode =
        options && typeof options === 'object' && 'mode' in options
          ? Number((options as { mode: number }).mode)
          : 0o100644;
      nodes.set(key, { type: 'file', data: bytes, mode, mtimeMs: Date.now() });
    },
    async unlink(path: string): Promise<void> {
      const node = get(path);
      if (node.type === 'dir') throw fsError('EISDIR', path);
      nodes.delete(clean(path));
    },
    async readdir(path: string): Promise<string[]> {
      const node = get(path);
      if (node.type !== 'dir') throw fsError('ENOTDIR', path);
      const prefix = clean(path) === '/' ? '/' : `${clean(path)}/`;
      const names: string[] = [];
      for (const key of nodes.keys()) {
        if (key !== '/' && key.startsWith(prefix) && !key.slice(prefix.length).includes('/')) {
          names.push(key.slice(prefix.length));
        }
      }
      return names.sort();
    },
    async mkdir(path: string): Promise<void> {
      const key = clean(path);
      if (nodes.has(key)) throw fsError('EEXIST', path);
      requireParentDir(key);
      nodes.set(key, { type: 'dir', mtimeMs: Date.now() });
    },
    async rmdir(path: string): Promise<void> {
      const node = get(path);
      if (node.type !== 'dir') throw fsError('ENOTDIR', path);
      if ((await promises.readdir(path)).length > 0) throw fsError('ENOTEMPTY', path);
      nodes.delete(clean(path));
    },
    stat: async (path: string) => {
      const node = get(path);
      return node.type === 'symlink' ? stat(node.target) : stat(path);
    },
    lstat: async (path: string) => stat(path),
    async readlink(path: string): Promise<string> {
      const node = get(path);
      if (node.type !== 'symlink') throw fsError('EINVAL', path);
      return node.target;
    },
    async symlink(target: string, path: string): Promise<void> {
      const key = clean(path);
      if (nodes.has(key)) throw fsError('EEXIST', path);
      requireParentDir(key);
      nodes.set(key, { type: 'symlink', target, mtimeMs: Date.now() });
    },
    async chmod(): Promise<void> {},
  };
  return { promises };
}
