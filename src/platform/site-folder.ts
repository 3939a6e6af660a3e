/**
 * The site's folder on disk, through Chromium's File System Access API
 * (Firefox has none: there, Download saves the post with its file name). The
 * end-to-end build hands the page the origin private file system instead of
 * the picker, which a test cannot answer.
 */

/** The parts of FileSystemHandle that TypeScript's DOM library leaves out (Chromium's). */
interface PermissionHandle {
  queryPermission?(options: { mode: 'readwrite' }): Promise<PermissionState>;
  requestPermission?(options: { mode: 'readwrite' }): Promise<PermissionState>;
}
interface MovableFile {
  move?(name: string): Promise<void>;
}
type Picker = (options: { mode: 'readwrite'; id?: string }) => Promise<FileSystemDirectoryHandle>;

/** Chromium's folder access; Firefox has none (there, the end-to-end build too). */
export function folderAccessSupported(): boolean {
  return typeof (globalThis as { showDirectoryPicker?: Picker }).showDirectoryPicker === 'function';
}

/** Asks the author for the site's folder (call it from a click). */
export async function pickSiteFolder(): Promise<FileSystemDirectoryHandle> {
  if (__VEILLE_E2E__) return navigator.storage.getDirectory();
  const picker = (globalThis as { showDirectoryPicker?: Picker }).showDirectoryPicker;
  if (!picker) throw new Error('no folder access in this browser');
  return picker({ mode: 'readwrite', id: 'veille-site' });
}

/** May Veille write there? With `ask`, asks again (from a click) when the browser forgot. */
export async function canWrite(handle: FileSystemDirectoryHandle, ask: boolean): Promise<boolean> {
  const h = handle as FileSystemDirectoryHandle & PermissionHandle;
  if (!h.queryPermission) return true;
  if ((await h.queryPermission({ mode: 'readwrite' })) === 'granted') return true;
  if (!ask || !h.requestPermission) return false;
  return (await h.requestPermission({ mode: 'readwrite' })) === 'granted';
}

/** The names in a folder, folders ending with `/`. */
export async function listFolder(handle: FileSystemDirectoryHandle): Promise<string[]> {
  const names: string[] = [];
  for await (const [name, entry] of handle as unknown as AsyncIterable<
    [string, FileSystemHandle]
  >) {
    names.push(entry.kind === 'directory' ? `${name}/` : name);
  }
  return names.sort();
}

/** Every file path under `folder` (at most `depth` folders down), for the posts folder to suggest. */
export async function listFiles(
  root: FileSystemDirectoryHandle,
  folder: string,
  depth = 3,
): Promise<string[]> {
  let dir: FileSystemDirectoryHandle;
  try {
    dir = await folderAt(root, folder, false);
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const name of await listFolder(dir)) {
    const path = folder === '' ? name : `${folder}/${name}`;
    if (!name.endsWith('/')) files.push(path);
    else if (depth > 0) files.push(...(await listFiles(root, path.slice(0, -1), depth - 1)));
  }
  return files;
}

async function folderAt(
  root: FileSystemDirectoryHandle,
  folder: string,
  create: boolean,
): Promise<FileSystemDirectoryHandle> {
  let dir = root;
  for (const part of folder.split('/').filter(Boolean)) {
    dir = await dir.getDirectoryHandle(part, { create });
  }
  return dir;
}

/** The text of `folder/name`, or null when there is no such file. */
export async function readFileIn(
  root: FileSystemDirectoryHandle,
  folder: string,
  name: string,
): Promise<string | null> {
  try {
    const file = await (await folderAt(root, folder, false)).getFileHandle(name);
    return await (await file.getFile()).text();
  } catch (error) {
    if ((error as DOMException).name === 'NotFoundError') return null;
    throw error;
  }
}

/**
 * Writes `folder/name` whole or not at all: the text goes to a temporary file
 * beside it, which is then renamed (`move`) over the name.
 */
export async function writeFileIn(
  root: FileSystemDirectoryHandle,
  folder: string,
  name: string,
  text: string,
): Promise<void> {
  const dir = await folderAt(root, folder, true);
  const temporary = `.${name}.veille-${crypto.randomUUID()}.tmp`;
  const file = await dir.getFileHandle(temporary, { create: true });
  try {
    const writable = await file.createWritable();
    await writable.write(text);
    await writable.close();
    const movable = file as FileSystemFileHandle & MovableFile;
    if (!movable.move) throw new Error('this browser cannot rename a file');
    try {
      // Chromium renames over an existing file in one step.
      await movable.move(name);
    } catch {
      // Where it refuses to, the old file goes first, once the new text is safely written.
      await dir.removeEntry(name).catch(() => undefined);
      await movable.move(name);
    }
  } catch (error) {
    await dir.removeEntry(temporary).catch(() => undefined);
    throw error;
  }
}
