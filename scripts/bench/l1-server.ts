// The physical ceiling ("L1"): node:http answering from memory, with no framework in between.
import { createServer, type Server } from "node:http";

export type L1Server = {
  url: string;
  set: (path: string, body: string | Buffer, type?: string) => void;
  stop: () => Promise<void>;
};

export async function startL1Server(port: number): Promise<L1Server> {
  const routes = new Map<string, { body: Buffer; type: string }>();
  routes.set("/ok", { body: Buffer.from("ok"), type: "text/plain" });
  const server: Server = createServer((req, res) => {
    const route = routes.get(req.url ?? "/");
    if (!route) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": route.type, "content-length": route.body.length });
    res.end(route.body);
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    set: (path, body, type = "text/html; charset=utf-8") =>
      routes.set(path, { body: typeof body === "string" ? Buffer.from(body) : body, type }),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
