type Messages = { [key: string]: string | Messages };

/**
 * The part of a catalogue under the given namespaces ("events", "requests.staff"…), keeping their paths,
 * so that a client component reads the same keys as on the server.
 */
export function pickMessages(messages: Messages, namespaces: readonly string[]): Messages {
  const picked: Messages = {};
  for (const namespace of namespaces) {
    const path = namespace.split(".");
    const value = path.reduce<string | Messages | undefined>(
      (node, key) => (node && typeof node === "object" ? node[key] : undefined),
      messages,
    );
    if (value === undefined) throw new Error(`Unknown message namespace: ${namespace}`);
    let target = picked;
    for (const key of path.slice(0, -1)) {
      const next = target[key];
      target = target[key] = typeof next === "object" ? next : {};
    }
    target[path[path.length - 1]] = value;
  }
  return picked;
}
