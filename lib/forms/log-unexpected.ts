/**
 * What an unexpected error leaves in the logs: its kind and where, never its message. Prisma's
 * validation errors print the whole record they were given (names, emails, phones), and database
 * errors can quote values: the logs must not become a copy of the personal data.
 */
export function describeUnexpected(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { kind: typeof error };
  const e = error as Error & { code?: unknown; meta?: { modelName?: unknown }; clientVersion?: unknown };
  const summary: Record<string, unknown> = { name: e.name };
  if (typeof e.code === "string") summary.code = e.code;
  if (typeof e.meta?.modelName === "string") summary.model = e.meta.modelName;
  // Prisma errors: the message quotes the arguments. Others: keep the first stack frames (code, not data).
  if (e.clientVersion === undefined) summary.message = e.message.slice(0, 200);
  // The stack starts with the message: keep only its "at …" frames.
  const frames = (e.stack ?? "").split("\n").filter((line) => /^\s+at /.test(line));
  summary.at = frames
    .slice(0, 3)
    .map((f) => f.trim())
    .join(" | ");
  return summary;
}

export function logUnexpected(context: string, error: unknown): void {
  console.error(context, describeUnexpected(error));
}
