// Runs before the app's browser code, on every page. Zod compiles fast parsers with `new Function`, which
// the Content-Security-Policy refuses (no 'unsafe-eval', see proxy.ts): use its interpreter instead, before
// any schema is built (the check happens when a schema is created). Zod keeps its settings in this global
// (zod/v4/core/core.js, `globalConfig`), so no zod code is loaded here: pages without a form download no
// zod at all (issue 11; lib/forms/zod-jitless.test.ts checks that zod still reads this global).
const zodGlobal = globalThis as { __zod_globalConfig?: Record<string, unknown> };
(zodGlobal.__zod_globalConfig ??= {}).jitless = true;
export {};
