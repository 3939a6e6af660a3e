import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { linkOf } from '../../../test/helpers/post/markdown';
import {
  escapeHtml,
  escapeMarkdownHeading,
  escapeMarkdownText,
  formatMarkdownUrl,
  htmlUrl,
  oneLine,
  yamlQuote,
} from './escape';

describe('escapeMarkdownText', () => {
  it('escapes what rule 8 names, as in the golden file', () => {
    expect(escapeMarkdownText('Cloud vs OSS: [the] *licensing* debate')).toBe(
      'Cloud vs OSS: \\[the\\] \\*licensing\\* debate',
    );
    expect(escapeMarkdownText('a_b `c` <d> \\e ~f~')).toBe('a\\_b \\`c\\` \\<d\\> \\\\e \\~f\\~');
  });

  it('leaves ordinary punctuation alone so the post stays readable', () => {
    const plain = "Grafana v6.0: what's new - Ops & Data (2019) #1 !";
    expect(escapeMarkdownText(plain)).toBe(plain);
  });

  it('escapes & only where it starts a character reference', () => {
    expect(escapeMarkdownText('AT&T &amp; &#35; &#x23;')).toBe('AT&T \\&amp; \\&#35; \\&#x23;');
  });

  it('puts the text on one line', () => {
    expect(escapeMarkdownText('  a\n\n b\t\u0000c\r\n')).toBe('a b c');
    expect(oneLine('a\u2028b\u00A0 c')).toBe('a b c');
  });

  it('disarms line-start constructs', () => {
    expect(escapeMarkdownText('# Title')).toBe('\\# Title');
    expect(escapeMarkdownText('#hashtag')).toBe('#hashtag');
    expect(escapeMarkdownText('- item')).toBe('\\- item');
    expect(escapeMarkdownText('+ item')).toBe('\\+ item');
    expect(escapeMarkdownText('===')).toBe('\\===');
    expect(escapeMarkdownText('2019. Une année')).toBe('2019\\. Une année');
    expect(escapeMarkdownText('3.0 is out')).toBe('3.0 is out');
  });

  it('breaks Hugo shortcodes and Jekyll Liquid', () => {
    expect(escapeMarkdownText('{{< x >}} {{% y %}} {% z %}')).toBe(
      '{\\{\\< x \\>}} {\\{\\% y %}} {\\% z %}',
    );
  });

  it('keeps a trailing # in a heading', () => {
    expect(escapeMarkdownHeading('Langages #')).toBe('Langages \\#');
    expect(escapeMarkdownHeading('C#')).toBe('C#');
    expect(escapeMarkdownHeading('#')).toBe('\\#');
  });
});

describe('formatMarkdownUrl', () => {
  it('percent-encodes bidi controls, which would reorder the rest of the line', () => {
    const url = 'https://example.org/a\u202Eb\u2067c\u200F';
    expect(formatMarkdownUrl(url)).toBe('https://example.org/a%E2%80%AEb%E2%81%A7c%E2%80%8F');
    expect(htmlUrl(url)).toBe('https://example.org/a%E2%80%AEb%E2%81%A7c%E2%80%8F');
  });

  it('prints a plain URL as it is', () => {
    const url = 'https://example.org/post?id=3&x=[1]#top';
    expect(formatMarkdownUrl(url)).toBe(url);
  });

  it('prints balanced parentheses plain, as published posts and CommonMark do', () => {
    for (const url of [
      'https://en.wikipedia.org/wiki/Sync_(Unix)',
      'https://en.wikipedia.org/wiki/Go_(langage)',
      'https://x.org/a(b(c)d)(e)?q=(1)#(f)',
    ]) {
      expect(formatMarkdownUrl(url)).toBe(url);
      expect(linkOf(`[t](${formatMarkdownUrl(url)})`).url).toBe(url);
    }
  });

  it('uses <...> where a plain destination would read back otherwise', () => {
    expect(formatMarkdownUrl('https://x.org/a b)<c>')).toBe('<https://x.org/a b)\\<c\\>>');
    expect(formatMarkdownUrl('https://x.org/a b')).toBe('<https://x.org/a b>');
    expect(formatMarkdownUrl('https://x.org/a(b')).toBe('<https://x.org/a(b>');
    expect(formatMarkdownUrl('https://x.org/a)b(c')).toBe('<https://x.org/a)b(c>');
    // Deeper than the 32 levels of parentheses a parser must read plain.
    const deep = `https://x.org/${'('.repeat(33)}${')'.repeat(33)}`;
    expect(formatMarkdownUrl(deep)).toBe(`<${deep}>`);
    expect(linkOf(`[t](${formatMarkdownUrl(deep)})`).url).toBe(deep);
  });

  it('escapes angle brackets and backslashes in a plain destination', () => {
    expect(formatMarkdownUrl('https://x.org/<b>\\(c)')).toBe('https://x.org/\\<b\\>\\\\(c)');
    expect(formatMarkdownUrl('https://x.org/a\u00A0b')).toBe('https://x.org/a\u00A0b');
  });

  it('round-trips through a CommonMark parser', () => {
    for (const url of [
      'https://x.org/a b',
      'https://x.org/(',
      'https://x.org/a\\b',
      'https://x.org/?a=1&amp;b=2',
      'https://x.org/<script>',
      'https://x.org/{{%20x%20}}',
    ]) {
      expect(linkOf(`[t](${formatMarkdownUrl(url)})`).url).toBe(url);
    }
  });

  it('refuses anything but http(s)', () => {
    expect(formatMarkdownUrl('javascript:alert(1)')).toBe('');
    expect(formatMarkdownUrl('HTTPS://EXAMPLE.ORG/')).toBe('HTTPS://EXAMPLE.ORG/');
  });
});

describe('yamlQuote', () => {
  it('quotes and escapes', () => {
    expect(yamlQuote('Web, Ops & Data - Mars 2019')).toBe('"Web, Ops & Data - Mars 2019"');
    expect(yamlQuote('a "b" \\ c\nd\u0007')).toBe('"a \\"b\\" \\\\ c\\nd\\x07"');
  });

  it('parses back', () => {
    for (const s of ['', '#', 'key: value', '- x', '"', "'", '\u2028\u0085\uFEFF', '🦀 é']) {
      expect(parseYaml(`v: ${yamlQuote(s)}`)).toEqual({ v: s });
    }
  });
});

describe('HTML', () => {
  it('escapes text and attributes', () => {
    expect(escapeHtml('<a href="x">\'&')).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;');
  });

  it('keeps only http(s) URLs for href', () => {
    expect(htmlUrl('https://x.org/?a=1&b="2"')).toBe('https://x.org/?a=1&amp;b=&quot;2&quot;');
    expect(htmlUrl('javascript:alert(1)')).toBe('');
    expect(htmlUrl(' javascript:alert(1)')).toBe('');
    expect(htmlUrl('data:text/html,x')).toBe('');
  });
});
