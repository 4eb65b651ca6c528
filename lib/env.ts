import { z } from "zod";

// The only file that reads process.env: everything else asks getEnv().
const DEV_AUTH_SECRET = "dev-only-secret-change-me-in-production";
const DEV_CLIENT_ADDRESS_SECRET = "dev-only-client-address-secret-change-me";
const DEV_SECOND_FACTOR_SECRET = "dev-only-second-factor-secret-change-me";
export const PRODUCTION_SECRET_MIN_LENGTH = 32;

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().url().optional(),
  EMBEDDED_PG_PORT: z.coerce.number().int().positive().default(54329),
  EMBEDDED_PG_DIR: z.string().default(".data/pg"),
  APP_URL: z.string().url().default("http://localhost:3000"),
  AUTH_SECRET: z.string().min(16).default(DEV_AUTH_SECRET),
  SMTP_HOST: z.string().default("127.0.0.1"),
  SMTP_PORT: z.coerce.number().int().positive().default(1025),
  SMTP_SECURE: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  MAIL_FROM: z.string().default("Conciergerie CPTS <no-reply@conciergerie-cpts.localhost>"),
  MAIL_CATCHER_HTTP_PORT: z.coerce.number().int().positive().default(1080),
  JOB_RUNNER: z.enum(["on", "off"]).default("on"),
  // `npm run bench` only: turns on the two shell pages it measures (app/bench-shell, app/[tenant]/admin/bench-shell).
  BENCH_SHELL: z.enum(["on", "off"]).default("off"),
  // A worker silent for this long is dead: its jobs are released to a live runner (lib/jobs/heartbeat.ts).
  JOB_RUNNER_DEAD_AFTER_SECONDS: z.coerce.number().int().min(2).max(3600).default(30),
  // On SIGTERM: how long running requests, then running jobs, may take to finish before being cut.
  SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(600).default(20),
  // Reverse proxies in front of the app that append to X-Forwarded-For; 0: the socket address is the client.
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  // Keyed hashes of client addresses and of emails in the sign-in limits: its own secret, not AUTH_SECRET.
  CLIENT_ADDRESS_SECRET: z.string().min(32).default(DEV_CLIENT_ADDRESS_SECRET),
  // Sign-in link emails per client address and hour (an office behind one NAT address may need more).
  SIGN_IN_LINKS_PER_CLIENT_HOUR: z.coerce.number().int().positive().default(20),
  // Encryption key (through HKDF) of the staff's TOTP secrets at rest: its own secret, not AUTH_SECRET.
  SECOND_FACTOR_SECRET: z.string().min(32).default(DEV_SECOND_FACTOR_SECRET),
});

export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;

export function getEnv(): Env {
  if (!cached) cached = EnvSchema.parse(process.env);
  return cached;
}

/** Tests and launch scripts change the environment at run time (e.g. embedded database URL). */
export function resetEnvCache(): void {
  cached = undefined;
}

export function requireDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url)
    throw new Error("DATABASE_URL n'est pas défini : lancez l'application via `npm run start` ou `npm run demo`.");
  return url;
}

/**
 * In production the app refuses to start with a development default or a short secret (checked by
 * the launcher, scripts/next-server.ts). Returns what is wrong, in French, for the operator.
 */
export function productionSecretProblems(env: Env): string[] {
  if (env.NODE_ENV !== "production") return [];
  const problems: string[] = [];
  const check = (name: string, value: string, devDefault: string) => {
    if (value === devDefault) problems.push(`${name} a sa valeur de développement : définissez un secret aléatoire.`);
    else if (value.length < PRODUCTION_SECRET_MIN_LENGTH)
      problems.push(`${name} est trop court (${PRODUCTION_SECRET_MIN_LENGTH} caractères au moins).`);
  };
  check("AUTH_SECRET", env.AUTH_SECRET, DEV_AUTH_SECRET);
  check("CLIENT_ADDRESS_SECRET", env.CLIENT_ADDRESS_SECRET, DEV_CLIENT_ADDRESS_SECRET);
  check("SECOND_FACTOR_SECRET", env.SECOND_FACTOR_SECRET, DEV_SECOND_FACTOR_SECRET);
  if (env.AUTH_SECRET === env.CLIENT_ADDRESS_SECRET)
    problems.push("CLIENT_ADDRESS_SECRET doit être distinct d'AUTH_SECRET.");
  if (env.SECOND_FACTOR_SECRET === env.AUTH_SECRET || env.SECOND_FACTOR_SECRET === env.CLIENT_ADDRESS_SECRET)
    problems.push("SECOND_FACTOR_SECRET doit être distinct d'AUTH_SECRET et de CLIENT_ADDRESS_SECRET.");
  return problems;
}
