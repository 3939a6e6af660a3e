/**
 * Optional end-to-end encryption of the server's files (WebCrypto only).
 * The key comes from the author's passphrase with PBKDF2-SHA256 (600,000
 * rounds) and a random salt kept in `format.json`; each file is AES-GCM with
 * a fresh 12-byte nonce. `format.json` also holds a known text sealed with
 * the key: a wrong passphrase cannot open it and is refused before anything
 * is read or written.
 */
import type { Encryption } from '../../core/sync/format';
import { SyncError } from './errors';

export const KDF_ITERATIONS = 600_000;
const CHECK_TEXT = 'veille-sync passphrase check';
const SEALED = 'veille-sync-sealed';

export function base64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Seals and opens file texts; `plain` for a remote without a passphrase. */
export interface Sealer {
  seal(text: string): Promise<string>;
  open(text: string, path: string): Promise<string>;
}

export const plain: Sealer = {
  seal: async (text) => text,
  async open(text, path) {
    if (text.includes(`"${SEALED}"`)) throw new SyncError('passphrase-needed', path);
    return text;
  },
};

async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

function sealerOf(key: CryptoKey): Sealer {
  return {
    async seal(text) {
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const data = new Uint8Array(
        await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(text)),
      );
      return `${JSON.stringify({ [SEALED]: 1, iv: base64(iv), data: base64(data) })}\n`;
    },
    async open(text, path) {
      let sealed: { iv?: unknown; data?: unknown };
      try {
        sealed = JSON.parse(text);
      } catch {
        throw new SyncError('invalid-file', path);
      }
      if (typeof sealed.iv !== 'string' || typeof sealed.data !== 'string') {
        throw new SyncError('invalid-file', path);
      }
      try {
        const clear = await crypto.subtle.decrypt(
          { name: 'AES-GCM', iv: fromBase64(sealed.iv) },
          key,
          fromBase64(sealed.data),
        );
        return new TextDecoder().decode(clear);
      } catch {
        // The check passed, so the key is right: the file was damaged.
        throw new SyncError('invalid-file', path);
      }
    },
  };
}

/** A new remote's encryption: a fresh salt, and the check sealed with the key. */
export async function newEncryption(
  passphrase: string,
): Promise<{ encryption: Encryption; sealer: Sealer }> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const sealer = sealerOf(await deriveKey(passphrase, salt, KDF_ITERATIONS));
  const encryption: Encryption = {
    cipher: 'AES-GCM',
    kdf: 'PBKDF2-SHA256',
    iterations: KDF_ITERATIONS,
    salt: base64(salt),
    check: await sealer.seal(CHECK_TEXT),
  };
  return { encryption, sealer };
}

/** The sealer of an existing encrypted remote; a wrong passphrase is refused. */
export async function openEncryption(passphrase: string, encryption: Encryption): Promise<Sealer> {
  const sealer = sealerOf(
    await deriveKey(passphrase, fromBase64(encryption.salt), encryption.iterations),
  );
  const check = await sealer.open(encryption.check, 'format.json').catch(() => undefined);
  if (check !== CHECK_TEXT) throw new SyncError('wrong-passphrase');
  return sealer;
}
