/** What the directory's search reads: the actor's name, its people, where it works and its tags. */
export function searchTextOf(actor: {
  name: string;
  communes: string[];
  tags: string[];
  address?: string;
  contacts?: { name: string; role: string }[];
}): string {
  return [
    actor.name,
    ...(actor.contacts ?? []).flatMap((c) => [c.name, c.role]),
    ...actor.communes,
    ...actor.tags,
    actor.address ?? "",
  ]
    .filter(Boolean)
    .join(" ")
    .slice(0, 4000);
}

/** A LIKE pattern that matches the text literally: % and _ typed in the search box are not wildcards. */
export function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
