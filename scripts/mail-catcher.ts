import { getEnv } from "@/lib/env";
import { startMailCatcher } from "@/lib/mail/catcher";

const env = getEnv();
const catcher = await startMailCatcher({ smtpPort: env.SMTP_PORT, httpPort: env.MAIL_CATCHER_HTTP_PORT });
console.log(`Boîte de réception de test : http://localhost:${catcher.httpPort} (SMTP sur le port ${catcher.smtpPort})`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void catcher.stop().finally(() => process.exit(0)));
}
