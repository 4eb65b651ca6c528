import { getTranslations } from "next-intl/server";

import { Link } from "@/components/ui/Link";

/** The list pattern's pager: plain links, so it works without JavaScript and is keyboard friendly. */
export async function Pagination({
  page,
  pageCount,
  hrefFor,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("pagination");
  return (
    <nav aria-label={t("label")} className="mt-4 flex items-center justify-between gap-3 text-sm">
      {page > 1 ? (
        <Link className="link" rel="prev" href={hrefFor(page - 1)}>
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span>{t("status", { page, pageCount })}</span>
      {page < pageCount ? (
        <Link className="link" rel="next" href={hrefFor(page + 1)}>
          {t("next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

/** A page past the last one (a stale link, a hand-typed number): says so, with a link back to the first page. */
export async function PastLastPage({ message, hrefFor }: { message: string; hrefFor: (page: number) => string }) {
  const t = await getTranslations("pagination");
  return (
    <p>
      {message}{" "}
      <Link className="link" href={hrefFor(1)}>
        {t("firstPage")}
      </Link>
    </p>
  );
}
