import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { hostileText } from '../../../test/helpers/post/arbitraries';
import { entry, month, settings } from '../../../test/helpers/post/factory';
import { exportPost, presetById } from '.';
import { closeBidi, isolateBidi } from './bidi';
import { escapeHtml, escapeMarkdownHeading, escapeMarkdownText, yamlQuote } from './escape';
import { POST_FILTERS } from './filters';

const [LRE, RLE, PDF, LRO, RLO] = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E'];
const [LRI, RLI, FSI, PDI] = ['\u2066', '\u2067', '\u2068', '\u2069'];
const [LRM, RLM, ALM] = ['\u200E', '\u200F', '\u061C'];

/**
 * Why `s` is not balanced, or null: written independently of bidi.ts. Each
 * paragraph must close, in order, every embedding (PDF) and isolate (PDI) it
 * opens, with no closer of nothing; a mark must sit inside an isolate.
 */
function bidiFault(s: string): string | null {
  const open: string[] = [];
  for (const c of s) {
    if ([LRE, RLE, LRO, RLO].includes(c)) open.push(PDF);
    else if ([LRI, RLI, FSI].includes(c)) open.push(PDI);
    else if (c === PDF || c === PDI) {
      if (open.pop() !== c) return `unmatched U+${c.codePointAt(0)?.toString(16)}`;
    } else if ([LRM, RLM, ALM].includes(c) && !open.includes(PDI)) return 'mark outside an isolate';
    else if ('\n\r\u001C\u001D\u001E\u0085\u2029'.includes(c) && open.length > 0)
      return 'open at a break';
  }
  return open.length > 0 ? `${open.length} left open` : null;
}

describe('closeBidi and isolateBidi', () => {
  it('closes an unterminated override, so the rest of the line reads left to right', () => {
    expect(closeBidi(`evil${RLO}txt.exe`)).toBe(`evil${RLO}txt.exe${PDF}`);
    expect(isolateBidi(`evil${RLO}txt.exe`)).toBe(`${FSI}evil${RLO}txt.exe${PDF}${PDI}`);
    expect(closeBidi(`${RLI}a${LRE}b${LRO}c`)).toBe(`${RLI}a${LRE}b${LRO}c${PDF}${PDF}${PDI}`);
  });

  it('closes the embeddings an isolate holds when its PDI comes', () => {
    expect(closeBidi(`${RLI}a${RLE}b${PDI}c`)).toBe(`${RLI}a${RLE}b${PDF}${PDI}c`);
  });

  it('drops closers of nothing, which would close what the template opened', () => {
    expect(closeBidi(`a${PDF}b${PDI}c`)).toBe('abc');
    // A PDF cannot close an embedding opened outside the isolate it is in.
    expect(closeBidi(`${RLE}a${LRI}b${PDF}c`)).toBe(`${RLE}a${LRI}bc${PDI}${PDF}`);
  });

  it('closes before a paragraph break, and isolates each paragraph', () => {
    expect(closeBidi(`a${RLO}b\nc`)).toBe(`a${RLO}b${PDF}\nc`);
    expect(isolateBidi(`a${RLO}b\nc${RLM}`)).toBe(
      `${FSI}a${RLO}b${PDF}${PDI}\n${FSI}c${RLM}${PDI}`,
    );
  });

  it('isolates text holding only marks', () => {
    expect(isolateBidi(`x${RLM}`)).toBe(`${FSI}x${RLM}${PDI}`);
    expect(isolateBidi(`${ALM}x`)).toBe(`${FSI}${ALM}x${PDI}`);
  });

  it('leaves text without bidi formatting, right-to-left titles included, byte for byte', () => {
    for (const title of ['שלום עולם: חדשות', 'مرحبا بالعالم', 'Grafana v6.0 – Ops & Data', '']) {
      expect(isolateBidi(title)).toBe(title);
      expect(escapeHtml(title)).toBe(title.replace('&', '&amp;'));
      expect(escapeMarkdownText(title)).toBe(title);
    }
  });

  it('keeps a balanced right-to-left title as it is, inside one isolate', () => {
    const title = `${RLI}שלום${PDI} - news`;
    expect(isolateBidi(title)).toBe(`${FSI}${title}${PDI}`);
  });
});

describe('page text in a post', () => {
  it('a title with an unterminated RLO cannot reverse the separator and the note', () => {
    const title = `Release notes ${RLO}gnp.exe`;
    const input = {
      entries: [entry({ title, note: 'My note.', url: 'https://example.org/a' })],
      month: month(),
      settings: settings(),
      publishDate: '2019-04-01',
    };
    for (const id of ['hugo', 'html'] as const) {
      const result = exportPost({ ...input, template: presetById(id)?.template ?? '' });
      if (!result.ok) throw new Error(result.message);
      const line = result.text.split('\n').find((l) => l.includes('My note.')) ?? '';
      expect(line, id).toContain(`${FSI}Release notes ${RLO}gnp.exe${PDF}${PDI}`);
      expect(bidiFault(line), id).toBeNull();
    }
  });

  it('property: every page-text escaper and filter prints balanced bidi controls', () => {
    const printers: [string, (s: string) => string][] = [
      ['escapeMarkdownText', escapeMarkdownText],
      ['escapeMarkdownHeading', escapeMarkdownHeading],
      ['escapeHtml', escapeHtml],
      ['yamlQuote', yamlQuote],
      ['yamlQuote, parsed', (s) => String(parseYaml(`v: ${yamlQuote(s)}`).v)],
      ...Object.entries(POST_FILTERS)
        .filter(([name]) => !name.startsWith('md_to_html') && name !== 'md_indent')
        .map(([name, filter]): [string, (s: string) => string] => [name, (s) => filter(s)]),
    ];
    fc.assert(
      fc.property(hostileText, (s) => {
        for (const [name, print] of printers) {
          expect(bidiFault(print(s)), `${name}(${JSON.stringify(s)})`).toBeNull();
        }
      }),
      { numRuns: 500 },
    );
  });
});
