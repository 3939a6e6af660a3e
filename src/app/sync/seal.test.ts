import { describe, expect, it } from 'vitest';
import { SyncError } from './errors';
import { KDF_ITERATIONS, newEncryption, openEncryption, plain } from './seal';

describe('encryption of the server’s files', () => {
  it('seals with AES-GCM under a PBKDF2 key, opens with the passphrase, refuses another', async () => {
    const { encryption, sealer } = await newEncryption('correct horse');
    expect(encryption).toMatchObject({
      cipher: 'AES-GCM',
      kdf: 'PBKDF2-SHA256',
      iterations: KDF_ITERATIONS,
    });
    expect(KDF_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    const sealed = await sealer.seal('{"note":"confidential"}');
    expect(sealed).not.toContain('confidential');
    expect(await sealer.seal('{"note":"confidential"}')).not.toBe(sealed); // a fresh nonce each time
    const reopened = await openEncryption('correct horse', encryption);
    expect(await reopened.open(sealed, 'x.json')).toBe('{"note":"confidential"}');
    await expect(openEncryption('wrong horse', encryption)).rejects.toMatchObject({
      failure: 'wrong-passphrase',
    });
    const tampered = sealed.replace(/"data":"(.)/, (_m, c) => `"data":"${c === 'A' ? 'B' : 'A'}`);
    await expect(reopened.open(tampered, 'x.json')).rejects.toBeInstanceOf(SyncError);
    await expect(plain.open(sealed, 'x.json')).rejects.toMatchObject({
      failure: 'passphrase-needed',
    });
  });
});
