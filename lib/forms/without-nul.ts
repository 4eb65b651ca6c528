/**
 * PostgreSQL refuses the NUL character in text and JSON: a payload carrying one would reach the
 * database and fail there (an unexpected error, found by the property tests). It never means anything
 * in a form, so every action drops it from its raw input, at any depth, before validation.
 */
export function withoutNul(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return value.includes("\u0000") ? value.replaceAll("\u0000", "") : value;
  if (depth > 20 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => withoutNul(v, depth + 1));
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutNul(v, depth + 1)]));
}
