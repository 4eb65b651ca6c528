"use client";

import { usePathname } from "next/navigation";

import { Link } from "@/components/ui/Link";
import { activeSection } from "@/lib/workspace/nav";

export type NavLinkGroup = { key: string; label: string; links: { id: string; href: string; label: string }[] };

/** The sections of the staff space, grouped; the current one is marked for sight and screen readers. */
export function StaffNavLinks({ base, groups, idPrefix }: { base: string; groups: NavLinkGroup[]; idPrefix: string }) {
  const current = activeSection(usePathname(), base);
  return (
    <div className="space-y-4">
      {groups.map((group) => (
        <div key={group.key}>
          <p id={`${idPrefix}-${group.key}`} className="text-xs font-semibold tracking-wide text-slate-700 uppercase">
            {group.label}
          </p>
          <ul aria-labelledby={`${idPrefix}-${group.key}`} className="mt-1 space-y-0.5">
            {group.links.map((link) => (
              <li key={link.id}>
                <Link
                  href={link.href}
                  aria-current={current === link.id ? "page" : undefined}
                  className={`block rounded px-2 py-1.5 text-base hover:bg-slate-100 lg:py-1 lg:text-sm ${current === link.id ? "bg-slate-100 font-semibold text-brand" : "text-slate-900"}`}
                >
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
