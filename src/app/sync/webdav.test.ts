import { describe, expect, it } from 'vitest';
import { parseMultistatus } from './webdav';

describe('a PROPFIND answer', () => {
  it('is read whatever the namespace prefixes (Apache, Nextcloud)', () => {
    const apache = `<?xml version="1.0" encoding="utf-8"?>
<D:multistatus xmlns:D="DAV:"><D:response xmlns:lp1="DAV:"><D:href>/dav/veille-sync/months/</D:href>
<D:propstat><D:prop><lp1:resourcetype><D:collection/></lp1:resourcetype><lp1:getetag>W/"1000-66"</lp1:getetag></D:prop></D:propstat></D:response>
<D:response xmlns:lp1="DAV:"><D:href>/dav/veille-sync/months/2026-11.json</D:href>
<D:propstat><D:prop><lp1:resourcetype/><lp1:getetag>"7-6617dfc786420"</lp1:getetag></D:prop></D:propstat></D:response></D:multistatus>`;
    expect(parseMultistatus(apache)).toEqual([
      { href: '/dav/veille-sync/months/', etag: 'W/"1000-66"', collection: true },
      {
        href: '/dav/veille-sync/months/2026-11.json',
        etag: '"7-6617dfc786420"',
        collection: false,
      },
    ]);
    const nextcloud = `<?xml version="1.0"?><d:multistatus xmlns:d="DAV:" xmlns:oc="http://owncloud.org/ns"><d:response><d:href>/remote.php/dav/files/me/veille-sync/devices/abc.json</d:href><d:propstat><d:prop><d:getetag>&quot;5f2b&quot;</d:getetag><d:resourcetype/></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response></d:multistatus>`;
    expect(parseMultistatus(nextcloud)).toEqual([
      {
        href: '/remote.php/dav/files/me/veille-sync/devices/abc.json',
        etag: '"5f2b"',
        collection: false,
      },
    ]);
  });
});
