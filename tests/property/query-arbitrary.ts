import fc from "fast-check";

/** Random query strings as Next hands them to a page: missing, one value, or repeated keys. */
export function arbitraryQuery(keys: readonly string[]): fc.Arbitrary<Record<string, string | string[] | undefined>> {
  const tricky = fc.constantFrom(
    "2026-13",
    "2026-00",
    "0000-01",
    "99999-01",
    "-1",
    "0",
    "1e9",
    "NaN",
    "Infinity",
    "\u0000",
    "a\u0000b",
    "%00",
    "é".repeat(200),
    "' OR 1=1 --",
    "none",
    "board",
    "1",
  );
  const value = fc.oneof(fc.string({ maxLength: 120 }), fc.string({ unit: "grapheme", maxLength: 30 }), tricky);
  return fc.dictionary(
    fc.oneof(fc.constantFrom(...keys), fc.string({ maxLength: 8 })),
    fc.oneof(value, fc.array(value, { maxLength: 3 })),
    {
      maxKeys: keys.length + 2,
    },
  );
}
