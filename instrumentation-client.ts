import { config } from "zod/v4/core";

// Runs before the app's browser code. Zod compiles fast parsers with `new Function`, which the
// Content-Security-Policy refuses (no 'unsafe-eval', see proxy.ts): use its interpreter instead,
// before any schema is built (the check happens when a schema is created). Only zod's small core
// module is imported here: this file runs on every page, and pages without a form need no zod (issue 11).
config({ jitless: true });
