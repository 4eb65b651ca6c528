// `npm run bench:check`: the last run (bench-results/latest.json) against the budgets of issue 11.
// Exit code 1 when a budget fails; budgets the run could not measure are listed as SKIP.
import { readFile } from "node:fs/promises";
import path from "node:path";

import { checkBudgets } from "./budgets";
import type { BenchResults } from "./types";

const file = path.resolve(process.argv[2] ?? "bench-results/latest.json");
const text = await readFile(file, "utf8").catch(() => null);
if (!text) {
  console.error(`Pas de résultats dans ${file} : lancez d'abord npm run bench (ou npm run bench -- --quick).`);
  process.exit(2);
}
const results = JSON.parse(text) as BenchResults;
const lines = checkBudgets(results);
console.log(`Budgets — run of ${results.date}${results.quick ? " (--quick)" : ""}, ${results.machine.cpus} CPUs\n`);
for (const line of lines) {
  const mark = line.verdict === "pass" ? "PASS" : line.verdict === "fail" ? "FAIL" : "SKIP";
  console.log(`${mark}  ${line.budget} — ${line.subject}: ${line.measured}`);
}
const count = (v: string) => lines.filter((l) => l.verdict === v).length;
console.log(`\n${count("pass")} passed, ${count("fail")} failed, ${count("skip")} not measured`);
process.exit(count("fail") > 0 ? 1 : 0);
