/**
 * What the site's configuration says that matters to a post's front matter:
 * its time zone (a date that is still the future there is not built), its
 * taxonomies (do `tags` make pages?), whether future posts are built. Read
 * with a few patterns from `hugo.toml` / `config.toml` / `hugo.yaml` /
 * `_config.yml`: no configuration language is evaluated.
 */
import type { SiteKind } from './site';

export interface SiteFacts {
  kind: SiteKind;
  /** The configuration file it was read from, or null when there is none at the root. */
  configFile: string | null;
  /** IANA time zone the site builds in, or null (Hugo: UTC; Jekyll: the machine's). */
  timeZone: string | null;
  /** Taxonomies that make pages; Hugo's and Jekyll's default is tags and categories. */
  taxonomies: string[];
  buildFuture: boolean;
}

const CONFIG_FILES: Record<SiteKind, RegExp> = {
  hugo: /^(hugo|config)\.(toml|ya?ml|json)$/,
  jekyll: /^_config\.(ya?ml|toml)$/,
};

/** The configuration file at the root for this kind of site, preferring `hugo.*`. */
export function configFileOf(kind: SiteKind, rootNames: readonly string[]): string | null {
  const files = rootNames.filter((name) => CONFIG_FILES[kind].test(name)).sort();
  return files.find((name) => name.startsWith('hugo.')) ?? files[0] ?? null;
}

/** `key = "v"` (TOML), `key: v` (YAML), `"key": "v"` (JSON), at any indentation. */
function scalar(text: string, key: string): string | null {
  const pattern = new RegExp(
    `^\\s*["']?${key}["']?\\s*[:=]\\s*["']?([^"'\\n#,]+?)["']?\\s*,?\\s*(#.*)?$`,
    'im',
  );
  return pattern.exec(text)?.[1]?.trim() ?? null;
}

/** The keys of a `[taxonomies]` table (TOML) or a `taxonomies:` map (YAML), or null without one. */
function taxonomyNames(text: string): string[] | null {
  const toml = /^\s*\[taxonomies\]\s*$([\s\S]*?)(?=^\s*\[|(?![\s\S]))/m.exec(text);
  if (toml) {
    return [...(toml[1] ?? '').matchAll(/^\s*\w+\s*=\s*["']([^"']+)["']/gm)].map((m) => m[1] ?? '');
  }
  const yaml = /^taxonomies:\s*$\n((?:[ \t]+.*\n?)*)/m.exec(text);
  if (yaml) {
    return [...(yaml[1] ?? '').matchAll(/^\s+\w+:\s*["']?([^"'\n]+?)["']?\s*$/gm)].map(
      (m) => m[1] ?? '',
    );
  }
  return null;
}

export function readSiteConfig(kind: SiteKind, configFile: string | null, text: string): SiteFacts {
  const zone = scalar(text, kind === 'hugo' ? 'timeZone' : 'timezone');
  const taxonomies = taxonomyNames(text) ?? ['tags', 'categories'];
  const disabled = /disableKinds[^\n]*["']taxonomy["']/i.test(text);
  return {
    kind,
    configFile,
    timeZone: zone && zone !== '' ? zone : null,
    taxonomies: kind === 'hugo' && disabled ? [] : taxonomies,
    buildFuture: /^(true|yes)$/i.test(
      scalar(text, kind === 'hugo' ? 'buildFuture' : 'future') ?? '',
    ),
  };
}
