/**
 * The values of a Prisma enum, in the schema's order, as a non-empty tuple that z.enum and option lists
 * accept: enum values are typed once, in prisma/schema.prisma; their labels live in the catalogues.
 */
export function valuesOf<const E extends Record<string, string>>(values: E): [E[keyof E], ...E[keyof E][]] {
  return Object.values(values) as [E[keyof E], ...E[keyof E][]];
}
