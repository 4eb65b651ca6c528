/**
 * Every server action is built by one of our wrappers, each for one kind of caller; the wrapper marks
 * the function it returns, so a test can prove that no action was written by hand.
 */
export const ACTION_KINDS = ["tenant", "publicTenant", "user", "platform", "public"] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

const KIND = Symbol.for("conciergerie.actionKind");

export function markAction<F extends (...args: never[]) => Promise<unknown>>(fn: F, kind: ActionKind): F {
  Object.defineProperty(fn, KIND, { value: kind });
  return fn;
}

export function actionKindOf(fn: unknown): ActionKind | null {
  return typeof fn === "function" ? ((fn as unknown as Record<symbol, ActionKind>)[KIND] ?? null) : null;
}
