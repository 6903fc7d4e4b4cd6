import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';

export interface LoopbackInternet {
  /** http://127.0.0.1:<port>: every address a page might reach out to, in one place. */
  url: string;
  /** TCP connections that reached it (HTTP, WebSocket upgrades, anything). */
  connections(): number;
  /** What was asked for on them, for a failing spec to show. */
  requests(): string[];
  close(): Promise<void>;
}

/**
 * A listener on 127.0.0.1 standing in for "the internet": it answers everything (an image, a
 * stylesheet, a WebSocket upgrade would all succeed), so any request that got out would be seen.
 */
export async function startLoopbackInternet(): Promise<LoopbackInternet> {
  let connections = 0;
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.writeHead(200, { 'content-type': 'text/plain', 'access-control-allow-origin': '*' });
    res.end('reached');
  });
  server.on('connection', () => {
    connections += 1;
  });
  server.on('upgrade', (req, socket) => {
    requests.push(`UPGRADE ${req.url}`);
    socket.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    connections: () => connections,
    requests: () => [...requests],
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Records every outgoing TCP or IPC connection this process starts (the harness's main-process
 * handlers run here), so a spec can show the main-process side reached nothing either.
 */
export function watchOutboundConnections(): { attempts: string[]; stop(): void } {
  const original = net.Socket.prototype.connect;
  const attempts: string[] = [];
  net.Socket.prototype.connect = function connect(this: net.Socket, ...args: unknown[]) {
    // net.connect() passes its normalised arguments as one array.
    const [first, second] = Array.isArray(args[0]) ? (args[0] as unknown[]) : args;
    const where =
      typeof first === 'object' && first !== null
        ? (({ host, port, path }: { host?: unknown; port?: unknown; path?: unknown }) =>
            String(path ?? `${String(host ?? 'localhost')}:${String(port)}`))(first as object)
        : `${String(second ?? 'localhost')}:${String(first)}`;
    attempts.push(where);
    return (original as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof original;
  return {
    attempts,
    stop: () => {
      net.Socket.prototype.connect = original;
    },
  };
}
