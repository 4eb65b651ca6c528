// The framework's own ceilings: a minimal app of the same Next version, built by the benchmark.
// It lives in bench-results/ (ignored by git) so that `next` and `react` resolve from this checkout's
// node_modules without symlinks (Turbopack refuses a node_modules symlinked from outside its root).
import { createHash } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";

import { runNextBuild } from "./processes";

const layout = `export const metadata = { title: "Reference" };
export default function RootLayout({ children }) {
  return (<html lang="fr"><body>{children}</body></html>);
}
`;

const staticPage = `export default function Page() {
  return (<main><h1>Page prérendue</h1><p>Une page statique de référence, servie depuis le cache de Next.</p></main>);
}
`;

// 50 rows like a staff list (reference, name, stage, city, date), different at each request, no database.
const dynamicPage = `export const dynamic = "force-dynamic";
const stages = ["NEW", "QUALIFIED", "IN_PROGRESS", "INSTALLED", "MEMBER", "CLOSED"];
export default async function Page() {
  const now = Date.now();
  const rows = Array.from({ length: 50 }, (_, i) => ({
    id: "REF-2026-" + String(now % 100000 + i).padStart(6, "0"),
    name: "Prénom" + i + " Nom" + i,
    stage: stages[i % stages.length],
    city: "Commune " + (i % 40),
    date: new Date(now - i * 86400000).toLocaleDateString("fr-FR"),
  }));
  return (
    <main>
      <h1>Demandes</h1>
      <table>
        <thead><tr><th>Référence</th><th>Nom</th><th>Étape</th><th>Commune</th><th>Date</th></tr></thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}><td><a href={"/requests/" + r.id}>{r.id}</a></td><td>{r.name}</td><td>{r.stage}</td><td>{r.city}</td><td>{r.date}</td></tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
`;

const files: Record<string, string> = {
  "package.json": JSON.stringify({ name: "bench-reference", private: true }, null, 2),
  "next.config.mjs": "export default { poweredByHeader: false };\n",
  "app/layout.jsx": layout,
  "app/page.jsx": staticPage,
  "app/table/page.jsx": dynamicPage,
};

export const REFERENCE_PATHS = { static: "/", dynamic: "/table" };

/** Writes the reference app and builds it unless the same sources were already built with this Next version. */
export async function ensureReferenceApp(dir: string, nextVersion: string): Promise<void> {
  const stamp = createHash("sha256").update(nextVersion).update(JSON.stringify(files)).digest("hex");
  const stampFile = path.join(dir, ".next", "bench-stamp");
  const built = await readFile(stampFile, "utf8").catch(() => "");
  if (built === stamp) return;
  console.log("Application de référence : construction…");
  await rm(dir, { recursive: true, force: true });
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  await runNextBuild(dir);
  await writeFile(stampFile, stamp);
}
