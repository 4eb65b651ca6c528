import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";

// Prisma's CLI downloads a native schema engine, which this machine cannot do. The same engine ships as
// WebAssembly in @prisma/schema-engine-wasm (pinned to our Prisma version): we instantiate it by hand
// because its default entry needs an experimental Node flag.
type Bindings = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");
export type SchemaEngine = Awaited<ReturnType<Bindings["SchemaEngine"]["new"]>>;

let bindings: Promise<Bindings> | undefined;

async function loadBindings(): Promise<Bindings> {
  const mod: Bindings = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const require = createRequire(import.meta.url);
  const wasmPath = path.join(
    path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")),
    "schema_engine_bg.wasm",
  );
  const compiled = new WebAssembly.Module(await readFile(wasmPath));
  const instance = new WebAssembly.Instance(compiled, {
    "./schema_engine_bg.js": mod as unknown as WebAssembly.ModuleImports,
  });
  mod.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  return mod;
}

export async function openSchemaEngine(adapterFactory: SqlMigrationAwareDriverAdapterFactory): Promise<SchemaEngine> {
  bindings ??= loadBindings();
  const { SchemaEngine } = await bindings;
  const log = (message: string) => {
    if (process.env.PRISMA_ENGINE_DEBUG) console.error(message);
  };
  return SchemaEngine.new({ datamodels: undefined }, log, bindMigrationAwareSqlAdapterFactory(adapterFactory));
}
