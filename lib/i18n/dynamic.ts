type LooseTranslator = { has(key: string): boolean; (key: string, values?: Record<string, string | number>): string };

/**
 * Message keys are typed against the catalogue; a key built at run time from stored data (a timeline
 * entry's type, an action's result) cannot be, so it is looked up here and checked before use.
 */
export function translateDynamic(t: unknown, key: string, values?: Record<string, string | number>): string | null {
  const loose = t as LooseTranslator;
  return loose.has(key) ? loose(key, values) : null;
}
