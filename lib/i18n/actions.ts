"use server";

import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { z } from "zod";

import { publicFormAction } from "@/lib/actions/public";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";

import { LOCALE_COOKIE, toLocale } from "./config";

// The language buttons post a plain form: read its one field, and any unknown value means French.
const ZSwitchLocale = z.preprocess(
  (raw) => (raw instanceof FormData ? { locale: raw.get("locale") } : raw),
  z.object({ locale: z.unknown().transform((value) => toLocale(typeof value === "string" ? value : null)) }),
);

export const switchLocaleAction = publicFormAction(ZSwitchLocale, async ({ locale }) => {
  const store = await cookies();
  store.set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", httpOnly: true, maxAge: 60 * 60 * 24 * 365 });
  // A signed-in person's emails follow the language they last chose.
  const user = await getCurrentUser();
  if (user) await db.user.update({ where: { id: user.id }, data: { locale } });
  revalidatePath("/", "layout");
});
