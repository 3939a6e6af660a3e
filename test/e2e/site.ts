import { readFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const PAGES = path.resolve(import.meta.dirname, '../fixtures/site');

const NEVER_LOADS_HEAD = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Stalled page | Slow Site</title>
<meta property="og:title" content="A page that never finishes loading">
</head><body><p>The rest never arrives…</p>
${' '.repeat(4096)}`;

export interface TestSite {
  origin: string;
  url(page: string): string;
  close(): Promise<void>;
}

/** Serves test/fixtures/site/*.html on 127.0.0.1 (a free port): the articles to capture. */
export async function startSite(): Promise<TestSite> {
  const pending = new Set<ServerResponse>();
  const server: Server = createServer((request, response) => {
    if (request.url?.startsWith('/never-loads')) {
      // The head and a first paragraph, then nothing: the page never finishes
      // loading (a stalled stream, a slow ad server).
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.write(NEVER_LOADS_HEAD);
      pending.add(response);
      return;
    }
    const name = path.basename(new URL(request.url ?? '/', 'http://x').pathname) || 'index.html';
    try {
      const body = readFileSync(path.join(PAGES, name.endsWith('.html') ? name : `${name}.html`));
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (page) => `${origin}/${page}`,
    close: () => {
      for (const response of pending) response.end();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
