import { z } from "zod";

// Runs before the app's browser code. Zod compiles fast parsers with `new Function`, which the
// Content-Security-Policy refuses (no 'unsafe-eval', see proxy.ts): use its interpreter instead,
// before any schema is built (the check happens when a schema is created).
z.config({ jitless: true });
