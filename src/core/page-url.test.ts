import { expect, it } from 'vitest';
import { underlyingPageTitle, underlyingPageUrl } from './page-url';

it('unwraps view-source: and Firefox reader view', () => {
  expect(underlyingPageUrl('view-source:https://example.org/a?b=1')).toBe(
    'https://example.org/a?b=1',
  );
  expect(underlyingPageUrl('about:reader?url=https%3A%2F%2Fexample.org%2Fpost%3Fid%3D3')).toBe(
    'https://example.org/post?id=3',
  );
});

it('leaves every other URL as it is, for the URL rules to judge', () => {
  expect(underlyingPageUrl('https://example.org/')).toBe('https://example.org/');
  expect(underlyingPageUrl('about:reader?nothing=1')).toBe('about:reader?nothing=1');
  expect(underlyingPageUrl('chrome://settings/')).toBe('chrome://settings/');
  expect(underlyingPageUrl('view-source:chrome://settings/')).toBe('chrome://settings/');
});

it('drops the title of a source view, which is only its URL', () => {
  expect(underlyingPageTitle('view-source:https://e.org/a', 'view-source:https://e.org/a')).toBe(
    '',
  );
  expect(underlyingPageTitle('https://e.org/a', 'A')).toBe('A');
});
