import { z } from "zod";

// Top-level paths of the application: a tenant with one of these slugs would shadow them.
export const RESERVED_SLUGS = new Set([
  "admin",
  "api",
  "app",
  "auth",
  "login",
  "logout",
  "platform",
  "mes-demandes",
  "plateforme",
  "_next",
  "static",
  "public",
  "assets",
  "favicon.ico",
  "robots.txt",
  "sitemap.xml",
  "www",
  "mail",
  "help",
  "aide",
  "support",
  "invitation",
  "track",
  "settings",
  "compte",
  "espace",
  "account",
  "new",
  "health",
  "status",
]);

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const SlugSchema = z
  .string()
  .trim()
  .min(3, { message: "errors.slug.tooShort" })
  .max(48, { message: "errors.slug.tooLong" })
  .regex(SLUG_PATTERN, { message: "errors.slug.format" })
  .refine((slug) => !RESERVED_SLUGS.has(slug), { message: "errors.slug.reserved" });

export function isValidTenantSlug(value: string): boolean {
  return SlugSchema.safeParse(value).success;
}
