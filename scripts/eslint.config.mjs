// House rules: CONTRIBUTING.md at the root (file roles, wrappers, naming). Lives in scripts/ to keep the repository's top level as fixed in DEVELOPERS.md; `npm run lint` passes it with -c.
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { defineConfig, globalIgnores } from "eslint/config";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    settings: { next: { rootDir: "." } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "next/link",
              message: "Use Link from @/components/ui/Link (no prefetching: see the comment there).",
            },
          ],
        },
      ],
    },
  },
  { files: ["components/ui/Link.tsx"], rules: { "no-restricted-imports": "off" } },
  globalIgnores([
    ".next/**",
    "node_modules/**",
    ".data/**",
    "lib/generated/**",
    "next-env.d.ts",
    "test-results/**",
    "playwright-report/**",
    "bench-results/**",
  ]),
]);
