import english from '../../public/_locales/en/messages.json';

/**
 * A `chrome.i18n` that reads the English `_locales` file, as the browser
 * would with an English UI: `$1`..`$9` are replaced by the substitutions
 * (missing ones by nothing), `$$` is a literal `$`, an unknown key gives `''`.
 */
type Messages = Record<string, { message: string } | undefined>;

const messages: Messages = english;

function englishMessages(): Messages {
  return messages;
}

export interface FakeI18n {
  getMessage(key: string, substitutions?: string | string[]): string;
  getUILanguage(): string;
}

export function fakeI18n(uiLanguage = 'en'): FakeI18n {
  return {
    getMessage(key, substitutions) {
      const entry = englishMessages()[key];
      if (!entry) return '';
      const subs = substitutions === undefined ? [] : [substitutions].flat();
      return entry.message.replace(/\$(\$|[1-9])/g, (_, which: string) =>
        which === '$' ? '$' : (subs[Number(which) - 1] ?? ''),
      );
    },
    getUILanguage: () => uiLanguage,
  };
}

/** The English text of a message, for assertions. Throws on an unknown key. */
export function en(key: string, ...substitutions: string[]): string {
  if (!englishMessages()[key]) throw new Error(`no English message "${key}"`);
  return fakeI18n().getMessage(key, substitutions);
}

/** Defines `globalThis.chrome.i18n`, keeping whatever else `chrome` holds. */
export function installFakeI18n(): void {
  const g = globalThis as { chrome?: Record<string, unknown> };
  g.chrome = { ...(g.chrome ?? {}), i18n: fakeI18n() };
}
