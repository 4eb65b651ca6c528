import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer, Socket, type Server } from "node:net";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../../..");

export type Child = { process: ChildProcess; output: () => string; exited: Promise<number | null> };

/** Runs a TypeScript file (`node --import tsx`, no relay process); resolves with the first line matching `ready`. */
export function spawnTsx(file: string, env: Record<string, string>, ready: RegExp): Promise<[Child, RegExpMatchArray]> {
  const { DATABASE_URL: _inherited, ...inherited } = process.env; // the database is always chosen explicitly
  const child = spawn(process.execPath, ["--import", "tsx", file], {
    cwd: root,
    env: { ...inherited, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(ready);
      if (match) resolve([{ process: child, output: () => output, exited }, match]);
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    void exited.then((code) => reject(new Error(`${file} exited (${code}) before ready:\n${output}`)));
  });
}

export async function startPostgres(dir: string, port: number, persistent: boolean) {
  const env = { PG_DIR: dir, PG_PORT: String(port), PG_PERSISTENT: String(persistent) };
  const [child, match] = await spawnTsx("tests/e2e/helpers/pg-server.ts", env, /ready (\S+)\n/);
  return {
    url: match[1]!,
    stop: async () => {
      child.process.kill("SIGTERM");
      await child.exited;
    },
  };
}

/** `npm start` itself (scripts/start.ts) on the production build; resolves once /api/health answers. */
export async function startApp(port: number, env: Record<string, string>): Promise<Child> {
  const [child] = await spawnTsx(
    "scripts/start.ts",
    {
      PORT: String(port),
      HOST: "127.0.0.1",
      // Server actions check the Origin against the app's public address.
      APP_URL: `http://127.0.0.1:${port}`,
      NODE_ENV: "production",
      AUTH_SECRET: "e2e-auth-secret-0123456789abcdef-0123",
      CLIENT_ADDRESS_SECRET: "e2e-client-address-secret-0123456789ab",
      SECOND_FACTOR_SECRET: "e2e-second-factor-secret-0123456789abcd",
      ...env,
    },
    /Ready in|✓ Ready/,
  );
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return child;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The app did not answer /api/health:\n${child.output()}`);
}

/** A TCP relay in front of PostgreSQL: cutting it looks, to the app, like the database going away. */
export async function startRelay(targetPort: number, port: number) {
  const sockets = new Set<Socket>();
  let server: Server | null = null;
  const listen = () =>
    new Promise<void>((resolve) => {
      server = createServer((client) => {
        const upstream = new Socket();
        upstream.connect(targetPort, "127.0.0.1");
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on("error", () => undefined);
          s.on("close", () => sockets.delete(s));
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, "127.0.0.1", resolve);
    });
  await listen();
  return {
    cut: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server!.close(() => resolve());
      }),
    restore: listen,
  };
}

/** The id Next.js gave a server action in the production build (what a browser sends in `Next-Action`). */
export function serverActionId(filename: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const found = Object.entries(manifest.node).find(
    ([, a]) => a.filename === filename && a.exportedName === exportedName,
  );
  if (!found) throw new Error(`No server action ${exportedName} in ${filename}`);
  return found[0];
}

/** Calls a server action the way the browser does (POST to the page, JSON-encoded arguments). */
export function callAction(appUrl: string, pagePath: string, actionId: string, args: unknown[], ip: string) {
  return fetch(`${appUrl}${pagePath}`, {
    method: "POST",
    headers: {
      "Next-Action": actionId,
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
      Origin: appUrl,
      "X-Forwarded-For": ip,
    },
    body: JSON.stringify(args),
  });
}
