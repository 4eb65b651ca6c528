import { handlers } from "@/lib/auth";
import { guardAuthRoute } from "@/lib/auth/route-guard";
import { getEnv } from "@/lib/env";

// Auth.js answers GET and POST with one handler; the guard decides what may reach it.
export const { GET, POST } = guardAuthRoute(handlers.POST, () => getEnv().APP_URL);
