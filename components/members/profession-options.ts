import { PROFESSIONS } from "@/lib/members/schemas";

/** The profession choices of every member form and filter, after an empty choice (unspecified or all). */
export function professionOptions(
  tRequests: (key: `professions.${(typeof PROFESSIONS)[number]}`) => string,
  emptyLabel: string,
) {
  return [
    { value: "", label: emptyLabel },
    ...PROFESSIONS.map((p) => ({ value: p, label: tRequests(`professions.${p}`) })),
  ];
}
