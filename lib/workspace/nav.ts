/**
 * The staff space's navigation, as data: groups of sections, each a path under `/{tenant}/admin` and
 * its label (`nav.*` or `workspace.nav.*`). A new staff page adds one line here.
 */
export type NavLabel =
  | {
      ns: "nav";
      key: "dashboard" | "requests" | "members" | "events" | "partners" | "network" | "housing" | "emails" | "settings";
    }
  | { ns: "workspace"; key: "tasks" | "indicators" | "report" };

export type NavSection = { id: string; path: string; label: NavLabel };
export type NavGroup = { key: "daily" | "network" | "steering" | "admin"; sections: NavSection[] };

export const STAFF_NAV: NavGroup[] = [
  {
    key: "daily",
    sections: [
      { id: "dashboard", path: "", label: { ns: "nav", key: "dashboard" } },
      { id: "tasks", path: "/tasks", label: { ns: "workspace", key: "tasks" } },
      { id: "requests", path: "/requests", label: { ns: "nav", key: "requests" } },
    ],
  },
  {
    key: "network",
    sections: [
      { id: "members", path: "/members", label: { ns: "nav", key: "members" } },
      { id: "events", path: "/events", label: { ns: "nav", key: "events" } },
      { id: "partners", path: "/partners", label: { ns: "nav", key: "partners" } },
      { id: "network", path: "/network", label: { ns: "nav", key: "network" } },
      { id: "housing", path: "/housing", label: { ns: "nav", key: "housing" } },
    ],
  },
  {
    key: "steering",
    sections: [
      { id: "indicators", path: "/indicators", label: { ns: "workspace", key: "indicators" } },
      { id: "report", path: "/report", label: { ns: "workspace", key: "report" } },
    ],
  },
  {
    key: "admin",
    sections: [
      { id: "emails", path: "/emails", label: { ns: "nav", key: "emails" } },
      { id: "settings", path: "/settings", label: { ns: "nav", key: "settings" } },
    ],
  },
];

/** The section a path belongs to: the longest matching prefix (the dashboard only on its own path). */
export function activeSection(pathname: string, base: string): string | null {
  let best: { id: string; length: number } | null = null;
  for (const section of STAFF_NAV.flatMap((g) => g.sections)) {
    const href = `${base}${section.path}`;
    const matches = section.path === "" ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
    if (matches && (!best || href.length > best.length)) best = { id: section.id, length: href.length };
  }
  return best?.id ?? null;
}
