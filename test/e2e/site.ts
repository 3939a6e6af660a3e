import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const PAGES = path.resolve(import.meta.dirname, '../fixtures/site');

export interface TestSite {
  origin: string;
  url(page: string): string;
  close(): Promise<void>;
}

/** Serves test/fixtures/site/*.html on 127.0.0.1 (a free port): the articles to capture. */
export async function startSite(): Promise<TestSite> {
  const server: Server = createServer((request, response) => {
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
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
