import { getTranslations } from "next-intl/server";

import { SearchShortcut } from "./SearchShortcut";

export const STAFF_SEARCH_INPUT = "staff-search";

/** On every staff page: a plain GET form (works without JavaScript), focused by "/" or Ctrl+K. */
export async function StaffSearchBox({ tenantSlug, defaultValue = "" }: { tenantSlug: string; defaultValue?: string }) {
  const t = await getTranslations("workspace.search");
  return (
    <form role="search" action={`/${tenantSlug}/admin/search`} method="get" className="flex flex-wrap items-end gap-2">
      <div className="min-w-0 flex-1">
        <label htmlFor={STAFF_SEARCH_INPUT} className="block text-sm font-medium">
          {t("label")}
        </label>
        <input
          id={STAFF_SEARCH_INPUT}
          name="q"
          type="search"
          defaultValue={defaultValue}
          maxLength={100}
          placeholder={t("placeholder")}
          aria-describedby="staff-search-hint"
          aria-keyshortcuts="/ Control+K"
          autoComplete="off"
          className="mt-1 w-full rounded-md border border-slate-500 bg-white px-3 py-2"
        />
        <p id="staff-search-hint" className="sr-only">
          {t("shortcut")}
        </p>
      </div>
      <button type="submit" className="btn-secondary">
        {t("submit")}
      </button>
      <SearchShortcut inputId={STAFF_SEARCH_INPUT} />
    </form>
  );
}
