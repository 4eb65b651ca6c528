import { getTranslations } from "next-intl/server";

import { Link } from "@/components/ui/Link";

/** The link to the public installation aids page, on the CPTS page and the intake form (issue 12). */
export async function AidsLink({ tenantSlug, className }: { tenantSlug: string; className?: string }) {
  const t = await getTranslations("network.aids");
  return (
    <p className={className}>
      <Link className="link" href={`/${tenantSlug}/aides`}>
        {t("publicLink")}
      </Link>
    </p>
  );
}
