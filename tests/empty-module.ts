// Stands in for `server-only` under vitest, where server modules are imported directly.
export {};
