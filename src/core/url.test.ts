import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanUrl, isHttpUrl, MAX_URL_LENGTH } from './url';

/** The cleaned URL, failing the test when it was refused. */
function clean(raw: string): string {
  const result = cleanUrl(raw);
  if (!result.ok) throw new Error(`refused ${raw}: ${result.reason}`);
  return result.url;
}

describe('cleanUrl: tracking parameters', () => {
  it('removes utm_* and the empty query they leave', () => {
    expect(
      clean(
        'https://cd.foundation/announcement/2019/03/12/introducing-the-cdf/?utm_source=twitter&utm_medium=social',
      ),
    ).toBe('https://cd.foundation/announcement/2019/03/12/introducing-the-cdf/');
  });

  it('removes click ids and text fragments, keeping the other parameters', () => {
    expect(clean('https://example.org/post?id=3&fbclid=IwAR0abc#:~:text=cloud')).toBe(
      'https://example.org/post?id=3',
    );
  });

  it.each([
    'fbclid',
    'gclid',
    'dclid',
    'gbraid',
    'wbraid',
    'msclkid',
    'mc_cid',
    'mc_eid',
    'yclid',
    'igshid',
    '_hsenc',
    '_hsmi',
    'mkt_tok',
    'oly_anon_id',
    'oly_enc_id',
    'vero_id',
    '__s',
    'ref_src',
    's_cid',
    'srsltid',
    'utm_campaign',
    'utm_whatever_new',
  ])('removes %s', (name) => {
    expect(clean(`https://example.org/a?keep=1&${name}=x&also=2`)).toBe(
      'https://example.org/a?keep=1&also=2',
    );
  });

  it('keeps the order and the exact encoding of the remaining parameters', () => {
    // URLSearchParams would print `q=a+b` and `%2F`-decode nothing the same way.
    expect(clean('https://example.org/s?z=1&q=a%20b&utm_source=x&p=a+b&e=%2F%C3%A9&a=0')).toBe(
      'https://example.org/s?z=1&q=a%20b&p=a+b&e=%2F%C3%A9&a=0',
    );
  });

  it('keeps parameters without a value and repeated parameters', () => {
    expect(clean('https://example.org/?flag&tag=a&utm_medium=x&tag=b')).toBe(
      'https://example.org/?flag&tag=a&tag=b',
    );
  });

  it('keeps generic names that some sites need', () => {
    const url = 'https://github.com/o/r/blob/main/x.md?ref=v2&source=feed&from=home&ref_url=%2Fa';
    expect(clean(url)).toBe(url);
  });

  it('matches names case-insensitively, percent-encoded or behind &amp;', () => {
    expect(clean('https://example.org/?UTM_Source=x&utm%5Fmedium=y&a=1&amp;utm_campaign=z')).toBe(
      'https://example.org/?a=1',
    );
  });

  it('drops empty pairs', () => {
    expect(clean('https://example.org/?a=1&&b=2&')).toBe('https://example.org/?a=1&b=2');
    expect(clean('https://example.org/?&')).toBe('https://example.org/');
  });

  it('removes si only on YouTube and Spotify', () => {
    expect(clean('https://youtu.be/dQw4w9WgXcQ?si=abc&t=42')).toBe(
      'https://youtu.be/dQw4w9WgXcQ?t=42',
    );
    expect(clean('https://www.youtube.com/watch?v=x&si=abc')).toBe(
      'https://www.youtube.com/watch?v=x',
    );
    expect(clean('https://open.spotify.com/episode/1?si=abc')).toBe(
      'https://open.spotify.com/episode/1',
    );
    expect(clean('https://example.org/?si=metric')).toBe('https://example.org/?si=metric');
    // A look-alike host is not YouTube.
    expect(clean('https://notyoutube.com/?si=1')).toBe('https://notyoutube.com/?si=1');
  });

  it('removes the share parameters s and t on Twitter/X only', () => {
    expect(clean('https://x.com/user/status/1?s=20&t=AbC')).toBe('https://x.com/user/status/1');
    expect(clean('https://twitter.com/user/status/1?s=20')).toBe(
      'https://twitter.com/user/status/1',
    );
    expect(clean('https://example.org/?s=search&t=1')).toBe('https://example.org/?s=search&t=1');
  });
});

describe('cleanUrl: fragments', () => {
  it('keeps an anchor and drops the text directive after it', () => {
    expect(clean('https://example.org/doc#section:~:text=cloud')).toBe(
      'https://example.org/doc#section',
    );
  });

  it('drops a directive with several text= parts', () => {
    expect(clean('https://example.org/doc#:~:text=a&text=b,c')).toBe('https://example.org/doc');
  });

  it('keeps ordinary fragments, including SPA routes', () => {
    expect(clean('https://example.org/app#/settings?tab=2')).toBe(
      'https://example.org/app#/settings?tab=2',
    );
  });

  it('removes an empty ? and #', () => {
    expect(clean('https://example.org/a?#')).toBe('https://example.org/a');
    expect(clean('https://example.org/a#')).toBe('https://example.org/a');
  });
});

describe('cleanUrl: normalisation', () => {
  it('lower-cases the host and drops the default port', () => {
    expect(clean('HTTPS://Example.ORG:443/Path')).toBe('https://example.org/Path');
  });

  it('trims surrounding whitespace', () => {
    expect(clean('  https://example.org/a \n')).toBe('https://example.org/a');
  });

  it('removes credentials, which must never be published', () => {
    expect(clean('https://user:secret@example.org/a')).toBe('https://example.org/a');
  });

  it('percent-encodes spaces so the URL survives a Markdown link', () => {
    expect(clean('https://example.org/a b?q=c d')).toBe('https://example.org/a%20b?q=c%20d');
  });

  it('keeps parentheses (Wikipedia) as they are', () => {
    expect(clean('https://en.wikipedia.org/wiki/Rust_(programming_language)')).toBe(
      'https://en.wikipedia.org/wiki/Rust_(programming_language)',
    );
  });
});

describe('cleanUrl: refusals', () => {
  it('refuses an empty string', () => {
    expect(cleanUrl('  ')).toEqual({ ok: false, reason: 'empty' });
  });

  it.each(['not a url', 'example.org/page', '/relative', 'http://', 'https://exa mple.org/'])(
    'refuses %j as invalid',
    (raw) => {
      expect(cleanUrl(raw)).toEqual({ ok: false, reason: 'invalid' });
    },
  );

  it.each([
    ['chrome://settings', 'chrome:'],
    ['about:blank', 'about:'],
    ['file:///home/me/a.html', 'file:'],
    ['moz-extension://abc/popup.html', 'moz-extension:'],
    ['chrome-extension://abc/popup.html', 'chrome-extension:'],
    ['view-source:https://example.org/', 'view-source:'],
    ['data:text/html,<h1>x</h1>', 'data:'],
    ['javascript:alert(1)', 'javascript:'],
    ['edge://flags', 'edge:'],
    ['ftp://example.org/file', 'ftp:'],
    ['mailto:a@example.org', 'mailto:'],
    ['localhost:3000', 'localhost:'],
  ])('refuses %s with its scheme', (raw, scheme) => {
    expect(cleanUrl(raw)).toEqual({ ok: false, reason: 'unsupported-scheme', scheme });
  });

  it('refuses a URL longer than any link a post should print', () => {
    const raw = `https://example.org/?q=${'a'.repeat(MAX_URL_LENGTH)}`;
    expect(cleanUrl(raw)).toEqual({ ok: false, reason: 'too-long' });
  });

  it('measures the length after cleaning', () => {
    const raw = `https://example.org/?utm_source=${'a'.repeat(MAX_URL_LENGTH)}`;
    expect(cleanUrl(raw)).toEqual({ ok: true, url: 'https://example.org/' });
  });
});

describe('isHttpUrl', () => {
  it('accepts http and https', () => {
    expect(isHttpUrl('http://example.org')).toBe(true);
    expect(isHttpUrl(' https://example.org/a?b#c ')).toBe(true);
  });

  it('rejects other schemes and non-URLs', () => {
    for (const s of [
      '',
      'example.org',
      'ftp://example.org',
      'javascript:alert(1)',
      'about:blank',
    ]) {
      expect(isHttpUrl(s)).toBe(false);
    }
  });
});

describe('cleanUrl: properties', () => {
  const trackingName = fc.oneof(
    fc.constantFrom('utm_source', 'utm_medium', 'UTM_CAMPAIGN', 'fbclid', 'gclid', 'mc_eid'),
    fc.string({ maxLength: 8 }).map((s) => `utm_${s}`),
  );
  const pair = fc.oneof(
    fc.tuple(fc.string(), fc.string()).map(([k, v]) => `${k}=${v}`),
    fc.tuple(trackingName, fc.string()).map(([k, v]) => `${k}=${v}`),
    fc.string(),
  );
  const rawUrl = fc.oneof(
    fc.webUrl({ withQueryParameters: true, withFragments: true }),
    fc
      .tuple(
        fc.webUrl(),
        fc.array(pair, { maxLength: 6 }),
        fc.option(fc.string(), { nil: undefined }),
      )
      .map(
        ([base, pairs, fragment]) =>
          `${base}?${pairs.join('&')}${fragment === undefined ? '' : `#${fragment}`}`,
      ),
    fc.string(),
  );

  it('is idempotent', () => {
    fc.assert(
      fc.property(rawUrl, (raw) => {
        const once = cleanUrl(raw);
        if (!once.ok) return;
        expect(cleanUrl(once.url)).toEqual(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('never leaves a utm_ parameter or a text directive', () => {
    fc.assert(
      fc.property(rawUrl, (raw) => {
        const result = cleanUrl(raw);
        if (!result.ok) return;
        const url = new URL(result.url);
        for (const key of url.searchParams.keys()) {
          expect(key.toLowerCase().startsWith('utm_')).toBe(false);
        }
        expect(url.hash).not.toContain(':~:');
      }),
      { numRuns: 2000 },
    );
  });

  it('only ever returns http(s) URLs', () => {
    fc.assert(
      fc.property(
        fc.oneof(rawUrl, fc.webUrl({ validSchemes: ['ftp', 'file', 'chrome'] })),
        (raw) => {
          const result = cleanUrl(raw);
          if (!result.ok) return;
          expect(isHttpUrl(result.url)).toBe(true);
          expect(result.url).toMatch(/^https?:\/\//);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('keeps the other parameters byte for byte and in order', () => {
    fc.assert(
      fc.property(rawUrl, (raw) => {
        const result = cleanUrl(raw);
        if (!result.ok) return;
        // What the browser itself would send, before cleaning.
        const before = new URL(raw.trim()).search.slice(1).split('&');
        const after = new URL(result.url).search.slice(1).split('&').filter(Boolean);
        let i = 0;
        for (const kept of after) {
          while (i < before.length && before[i] !== kept) i++;
          expect(i).toBeLessThan(before.length);
          i++;
        }
      }),
      { numRuns: 2000 },
    );
  });
});
