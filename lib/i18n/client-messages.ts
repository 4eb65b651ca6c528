import { getMessages } from "next-intl/server";

import { pickMessages } from "./pick";

// Apart from <ClientMessages>: a module that imports next-intl's client provider puts it in the first load
// of every page importing it, even for this function alone (the intake page, issue 11).

/** Every form may show a generic error or field message: these namespaces go with every client tree. */
export const CLIENT_BASE_NAMESPACES = ["errors", "forms"] as const;

/**
 * The messages <ClientMessages> would give, for a client component that brings its own provider inside a
 * lazily loaded module (the intake form: next-intl's client code then leaves the page's first load, issue 11).
 */
export async function clientMessages(namespaces: readonly string[], omit: readonly string[] = []): Promise<Messages> {
  const messages = (await getMessages()) as Messages;
  const picked = pickMessages(messages, [...CLIENT_BASE_NAMESPACES, ...namespaces]);
  return omit.length ? omitMessages(picked, omit) : picked;
}

type Messages = Parameters<typeof pickMessages>[0];

/** A copy of `messages` without the given keys (the catalogue itself is shared: never changed). */
function omitMessages(messages: Messages, keys: readonly string[]): Messages {
  const copy = structuredClone(messages);
  for (const key of keys) {
    const path = key.split(".");
    const parent = path
      .slice(0, -1)
      .reduce<Messages | string | undefined>((node, part) => (typeof node === "object" ? node[part] : undefined), copy);
    if (typeof parent === "object") delete parent[path[path.length - 1]];
  }
  return copy;
}
