import { describe, expect, it } from 'vitest';
import {
  monthPath,
  newMonthFile,
  parseDeviceFile,
  parseFormatFile,
  parseMonthFile,
  SyncFileError,
  serializeSyncFile,
} from './format';

const entry = {
  id: 'e1',
  url: 'https://example.com/a',
  title: 'A',
  note: '',
  tags: [],
  category: '',
  monthKey: '2026-11',
  capturedAt: 1_764_000_000_000,
  updatedAt: 1_764_000_000_000,
  deletedAt: null,
  meta: {},
  hlc: '1764000000000.000000.abcdef123456',
  arrived: '1764000000001.000000.abcdef123456',
};
const file = { ...newMonthFile('2026-11'), entries: [entry] };
const path = monthPath('2026-11');

function refusal(run: () => unknown): SyncFileError {
  try {
    run();
  } catch (error) {
    if (error instanceof SyncFileError) return error;
    throw error;
  }
  throw new Error('accepted');
}

describe('sync files', () => {
  it('read back what they write', () => {
    expect(parseMonthFile(path, serializeSyncFile(file))).toEqual(file);
  });

  it('refuse a truncated file, naming it', () => {
    const text = serializeSyncFile(file);
    const error = refusal(() => parseMonthFile(path, text.slice(0, text.length / 2)));
    expect(error.problem).toBe('not-json');
    expect(error.message).toContain(path);
  });

  it('refuse a hand-edited record, naming the field', () => {
    const edited = { ...file, entries: [{ ...entry, url: 'javascript:alert(1)' }] };
    const error = refusal(() => parseMonthFile(path, JSON.stringify(edited)));
    expect(error.problem).toBe('invalid');
    expect(error.detail).toContain('entries.0.url');
    const badStamp = { ...file, entries: [{ ...entry, hlc: 'yesterday' }] };
    expect(refusal(() => parseMonthFile(path, JSON.stringify(badStamp))).detail).toContain('hlc');
  });

  it('refuse an entry filed under another month, or twice', () => {
    const moved = { ...file, entries: [{ ...entry, monthKey: '2026-12' }] };
    expect(refusal(() => parseMonthFile(path, JSON.stringify(moved))).problem).toBe('invalid');
    const twice = { ...file, entries: [entry, entry] };
    expect(refusal(() => parseMonthFile(path, JSON.stringify(twice))).problem).toBe('invalid');
    expect(refusal(() => parseMonthFile(monthPath('2026-12'), JSON.stringify(file))).problem).toBe(
      'invalid',
    );
  });

  it('refuse a newer format version, saying which', () => {
    const error = refusal(() => parseMonthFile(path, JSON.stringify({ ...file, version: 2 })));
    expect(error.problem).toBe('newer-version');
    expect(error.version).toBe(2);
    const format = { format: 'veille-sync', version: 3, encryption: null };
    expect(refusal(() => parseFormatFile(JSON.stringify(format))).problem).toBe('newer-version');
  });

  it('refuse what is not a sync file, and a device file under another name', () => {
    expect(refusal(() => parseMonthFile(path, '{"format":"veille-backup"}')).problem).toBe(
      'not-sync-file',
    );
    const device = {
      format: 'veille-sync',
      version: 1,
      id: 'abcdef123456',
      name: '',
      lastSeen: entry.hlc,
      syncedAt: 0,
    };
    expect(
      parseDeviceFile('veille-sync/devices/abcdef123456.json', JSON.stringify(device)),
    ).toEqual(device);
    expect(
      refusal(() =>
        parseDeviceFile('veille-sync/devices/000000000000.json', JSON.stringify(device)),
      ).problem,
    ).toBe('invalid');
  });

  it('ask at least 600,000 key derivation rounds of an encrypted remote', () => {
    const encryption = {
      cipher: 'AES-GCM',
      kdf: 'PBKDF2-SHA256',
      iterations: 1000,
      salt: 'c2FsdA==',
      check: 'x',
    };
    const text = JSON.stringify({ format: 'veille-sync', version: 1, encryption });
    expect(refusal(() => parseFormatFile(text)).detail).toContain('encryption.iterations');
  });
});
