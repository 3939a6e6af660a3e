/**
 * A small HTTP proxy in front of the real WebDAV server, to answer what a
 * server may answer: a status instead of the server's (401, 403, 404, 409,
 * 412, 423, 507...), a connection cut, a wrong `Date`. Each fault is armed
 * for the next matching requests; everything else reaches the server as is.
 */
import { createServer, request as forward, type IncomingMessage, type Server } from 'node:http';

export type Fault = { status: number } | { drop: true } | { date: string };

interface Armed {
  method?: string;
  /** Part of the request's path. */
  path?: string;
  fault: Fault;
  times: number;
}

export interface FaultProxy {
  url: string;
  /** Arms a fault for the next `times` matching requests. */
  arm(match: { method?: string; path?: string }, fault: Fault, times?: number): void;
  /** Withdraws every armed fault. */
  disarm(): void;
  /** The server is down: every request's connection is cut until `up()`. */
  down(): void;
  up(): void;
  /** Method and path of every request seen, in order. */
  log: string[];
  stop(): Promise<void>;
}

export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const armed: Armed[] = [];
  const log: string[] = [];
  let isDown = false;
  const to = new URL(target);
  const server: Server = createServer((req: IncomingMessage, res) => {
    log.push(`${req.method} ${req.url}`);
    const rule = armed.find(
      (a) =>
        a.times > 0 &&
        (!a.method || a.method === req.method) &&
        (!a.path || req.url?.includes(a.path)),
    );
    if (isDown) {
      req.socket.destroy();
      return;
    }
    if (rule) rule.times--;
    const fault = rule?.fault;
    if (fault && 'drop' in fault) {
      req.socket.destroy();
      return;
    }
    if (fault && 'status' in fault) {
      req.resume();
      res.writeHead(fault.status, { 'Content-Type': 'text/plain' }).end(`injected ${fault.status}`);
      return;
    }
    const upstream = forward(
      { host: to.hostname, port: to.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        const headers = { ...answer.headers };
        if (fault && 'date' in fault) headers.date = fault.date;
        res.writeHead(answer.statusCode ?? 502, headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => req.socket.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    arm(match, fault, times = 1) {
      armed.push({ ...match, fault, times });
    },
    disarm() {
      armed.length = 0;
    },
    down() {
      isDown = true;
    },
    up() {
      isDown = false;
    },
    log,
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
