// Next.js behind our own HTTP listener, for one reason: the app must know the TCP peer of each request.
// `next start` only fills X-Forwarded-For when the client did not send one, so a client could choose
// its own address. Here the socket address goes into a header of ours that no client can set.
import { createServer } from "node:http";

import next from "next";

import { getEnv, productionSecretProblems } from "@/lib/env";
import { SOCKET_ADDRESS_HEADER } from "@/lib/http/client-address";

const [mode, host, portText] = process.argv.slice(2);
const problems = productionSecretProblems(getEnv());
if (problems.length > 0) {
  console.error(`Démarrage refusé :\n- ${problems.join("\n- ")}`);
  process.exit(1);
}
const port = Number(portText);
const app = next({ dev: mode === "dev", hostname: host, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  // Assigning replaces whatever a client sent under the same name (Node lowercases header names).
  req.headers[SOCKET_ADDRESS_HEADER] = req.socket.remoteAddress ?? "";
  void handle(req, res);
});
// Same words as `next start`: launch scripts and tests wait for them.
server.listen(port, host, () => console.log(`✓ Ready on http://${host}:${port}`));
// Graceful stop (the launcher sends SIGTERM, see scripts/lib/launch.ts): no new connections, idle
// keep-alive ones closed now, requests in progress answered, then exit.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
  });
}
