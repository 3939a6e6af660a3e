/**
 * isomorphic-git reads `Buffer` from the global scope, as in Node; the
 * extension page gets the `buffer` package's. Imported before it, in the
 * publishing chunk only.
 */
import { Buffer } from 'buffer';

const scope = globalThis as { Buffer?: unknown };
scope.Buffer ??= Buffer;
