import "./support/act-as";

import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { anonymiseRequest } from "@/lib/requests/anonymise";
import { confirmEmailChange, EMAIL_CHANGES_PER_HOUR, findEmailChange } from "@/lib/requests/email-change";
import { confirmEmailChangeAction } from "@/lib/requests/email-change-actions";
import { submitIntake } from "@/lib/requests/intake";
import { updateNewcomerContactAction } from "@/lib/requests/tracking-actions";
import { hashLinkToken, withoutLinkTokens } from "@/lib/tokens";

import { actAs } from "./support/act-as";
import { actorOf, createTestTenant, type TestTenant } from "./support/factories";
import { intakeInput } from "./support/intake";

// Issue 10, §4: a new email given on the tracking page takes effect once the new address confirms by link;
// the old address is told. Only the link's hash is stored; the link expires, serves once, and only under
// the tenant of its request.

let a: TestTenant;
let b: TestTenant;

beforeAll(async () => {
  a = await createTestTenant("mail-a");
  b = await createTestTenant("mail-b");
});

let ip = 0;
/** A newcomer's request of tenant A (in `locale`), with its tracking token as the received email knows it. */
async function trackedRequest(locale = "fr") {
  const input = intakeInput();
  await submitIntake({ ...a.tenant, referencePrefix: "EML" }, input, { ip: `198.51.100.${++ip}`, locale });
  const request = await db.installationRequest.findFirstOrThrow({
    where: { tenantId: a.tenant.id, email: input.identity.email },
    select: { id: true, email: true, phone: true, reference: true },
  });
  const mail = await db.outboundEmail.findFirstOrThrow({ where: { tenantId: a.tenant.id, to: request.email } });
  const token = /\/track\/([A-Za-z0-9_-]{43})/.exec(mail.text)![1];
  return { ...request, token };
}

async function changeEmail(r: { token: string; phone: string }, email: string, slug = a.tenant.slug) {
  actAs(null);
  return updateNewcomerContactAction(slug, { token: r.token, email, phone: r.phone, desiredArrivalDate: "" });
}

/** The confirmation link's token, as only the (not yet sent) email knows it. */
async function confirmationSentTo(email: string) {
  const mail = await db.outboundEmail.findFirstOrThrow({
    where: { to: email, kind: "request.email_change.confirm" },
    orderBy: { createdAt: "desc" },
  });
  return { mail, token: /\/email-change\/([A-Za-z0-9_-]{43})/.exec(mail.text)![1] };
}

const emailOf = async (id: string) =>
  (await db.installationRequest.findUniqueOrThrow({ where: { id }, select: { email: true } })).email;

describe("changing the email from the tracking page", () => {
  it("waits for the new address to confirm, telling the old one at each step", async () => {
    const r = await trackedRequest();
    const result = await changeEmail(r, "Nouvelle.Adresse@Exemple.test");
    expect(result).toMatchObject({ ok: true, messageKey: "emailChange.sent" });
    // Nothing changed yet.
    expect(await emailOf(r.id)).toBe(r.email);

    const { mail, token } = await confirmationSentTo("nouvelle.adresse@exemple.test");
    expect(mail.subject).toContain(r.reference);
    expect(mail.subject).toMatch(/Confirmez/);
    // Only the hash is stored, and the sent copy keeps no usable link.
    const pending = await db.requestEmailChange.findUniqueOrThrow({ where: { requestId: r.id } });
    expect(pending).toMatchObject({ tenantId: a.tenant.id, newEmail: "nouvelle.adresse@exemple.test" });
    expect(pending.tokenHash).toBe(hashLinkToken(token));
    expect(JSON.stringify(pending)).not.toContain(token);
    expect(pending.expiresAt.getTime() - Date.now()).toBeGreaterThan(47 * 3600 * 1000);
    expect(withoutLinkTokens(mail.text)).not.toContain(token);
    const told = await db.outboundEmail.findFirstOrThrow({
      where: { to: r.email, kind: "request.email_change.requested" },
    });
    expect(told.text).not.toContain("/email-change/");
    expect(told.text).toContain("nouvelle adresse");

    // Opening the page confirms nothing; the button's action does.
    expect(await findEmailChange(a.tenant.id, token)).toMatchObject({ newEmail: "nouvelle.adresse@exemple.test" });
    expect(await emailOf(r.id)).toBe(r.email);
    expect(await confirmEmailChangeAction(a.tenant.slug, { token })).toMatchObject({
      ok: true,
      messageKey: "emailChange.confirmed",
    });
    expect(await emailOf(r.id)).toBe("nouvelle.adresse@exemple.test");
    expect(await db.requestEmailChange.count({ where: { requestId: r.id } })).toBe(0);
    const done = await db.outboundEmail.findFirstOrThrow({ where: { to: r.email, kind: "request.email_change.done" } });
    expect(done.subject).toMatch(/a été changée/);
    const events = await db.requestEvent.findMany({
      where: { requestId: r.id, type: { startsWith: "email." } },
      orderBy: { createdAt: "asc" },
      select: { type: true, public: true, data: true },
    });
    expect(events).toEqual([
      {
        type: "email.change_requested",
        public: true,
        data: { email: "nouvelle.adresse@exemple.test", from: { email: r.email } },
      },
      {
        type: "email.changed",
        public: true,
        data: { email: "nouvelle.adresse@exemple.test", from: { email: r.email } },
      },
    ]);

    // Used: the same link is now a 404, on the page and in the action.
    expect(await findEmailChange(a.tenant.id, token)).toBeNull();
    expect(await confirmEmailChangeAction(a.tenant.slug, { token })).toEqual({
      ok: false,
      formError: "errors.notFound",
    });
  });

  it("writes both emails in the request's language", async () => {
    const r = await trackedRequest("en");
    await changeEmail(r, "english.new@exemple.test");
    const { mail } = await confirmationSentTo("english.new@exemple.test");
    expect(mail.subject).toMatch(/^Confirm your new email address/);
    const told = await db.outboundEmail.findFirstOrThrow({
      where: { to: r.email, kind: "request.email_change.requested" },
    });
    expect(told.subject).toMatch(/^Email address change requested/);
  });

  it("keeps phone and arrival changes immediate, and the same address is no change", async () => {
    const r = await trackedRequest();
    const result = await changeEmail({ ...r, phone: "+33 6 00 11 22 33" }, r.email.toUpperCase());
    expect(result).toMatchObject({ ok: true, messageKey: "requests.track.saved" });
    const after = await db.installationRequest.findUniqueOrThrow({ where: { id: r.id } });
    expect(after).toMatchObject({ email: r.email, phone: "+33 6 00 11 22 33" });
    expect(await db.requestEmailChange.count({ where: { requestId: r.id } })).toBe(0);
  });

  it("a new change replaces the pending one, whose link stops working", async () => {
    const r = await trackedRequest();
    await changeEmail(r, "premiere@exemple.test");
    const first = await confirmationSentTo("premiere@exemple.test");
    await changeEmail(r, "seconde@exemple.test");
    const second = await confirmationSentTo("seconde@exemple.test");
    expect(await db.requestEmailChange.count({ where: { requestId: r.id } })).toBe(1);
    expect(await confirmEmailChangeAction(a.tenant.slug, { token: first.token })).toMatchObject({
      formError: "errors.notFound",
    });
    expect(await confirmEmailChangeAction(a.tenant.slug, { token: second.token })).toMatchObject({ ok: true });
    expect(await emailOf(r.id)).toBe("seconde@exemple.test");
  });

  it("an expired link is a 404 and changes nothing", async () => {
    const r = await trackedRequest();
    await changeEmail(r, "trop.tard@exemple.test");
    const { token } = await confirmationSentTo("trop.tard@exemple.test");
    const later = new Date(Date.now() + 48 * 3600 * 1000 + 1000);
    expect(await findEmailChange(a.tenant.id, token, later)).toBeNull();
    await expect(confirmEmailChange(a.tenant, token, { now: later })).rejects.toThrow("errors.notFound");
    await db.requestEmailChange.update({
      where: { requestId: r.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await confirmEmailChangeAction(a.tenant.slug, { token })).toMatchObject({ formError: "errors.notFound" });
    expect(await emailOf(r.id)).toBe(r.email);
  });

  it("a token of tenant A under tenant B's slug is a 404, on the page and in the action", async () => {
    const r = await trackedRequest();
    await changeEmail(r, "isolation@exemple.test");
    const { token } = await confirmationSentTo("isolation@exemple.test");
    expect(await findEmailChange(b.tenant.id, token)).toBeNull();
    for (const who of [null, b.staff, b.coordinator, a.staff]) {
      actAs(who);
      expect(await confirmEmailChangeAction(b.tenant.slug, { token })).toEqual({
        ok: false,
        formError: "errors.notFound",
      });
    }
    // Nor can tenant B's slug ask a change with tenant A's tracking token.
    expect(await changeEmail(r, "detour@exemple.test", b.tenant.slug)).toMatchObject({ formError: "errors.notFound" });
    expect(await emailOf(r.id)).toBe(r.email);
    expect(await db.requestEmailChange.findUniqueOrThrow({ where: { requestId: r.id } })).toMatchObject({
      newEmail: "isolation@exemple.test",
    });
    // Malformed tokens: the same 404.
    for (const bad of ["", "x".repeat(43), `${token}x`, "../../etc"]) {
      expect(await confirmEmailChangeAction(a.tenant.slug, { token: bad })).toMatchObject({
        formError: "errors.notFound",
      });
    }
  });

  it(`refuses more than ${EMAIL_CHANGES_PER_HOUR} changes an hour for one request`, async () => {
    const r = await trackedRequest();
    for (let i = 0; i < EMAIL_CHANGES_PER_HOUR; i++)
      expect(await changeEmail(r, `essai${i}@exemple.test`)).toMatchObject({ ok: true });
    expect(await changeEmail(r, "essai-de-trop@exemple.test")).toEqual({
      ok: false,
      formError: "emailChange.errors.tooMany",
    });
    expect(await db.outboundEmail.count({ where: { to: "essai-de-trop@exemple.test" } })).toBe(0);
    expect(await db.outboundEmail.count({ where: { to: r.email, kind: "request.email_change.requested" } })).toBe(
      EMAIL_CHANGES_PER_HOUR,
    );
  });

  it("a revoked tracking link or an anonymised request takes its pending change with it", async () => {
    const revoked = await trackedRequest();
    await changeEmail(revoked, "revoque@exemple.test");
    const link = await confirmationSentTo("revoque@exemple.test");
    await db.installationRequest.update({ where: { id: revoked.id }, data: { trackingRevokedAt: new Date() } });
    expect(await findEmailChange(a.tenant.id, link.token)).toBeNull();
    expect(await confirmEmailChangeAction(a.tenant.slug, { token: link.token })).toMatchObject({
      formError: "errors.notFound",
    });

    const r = await trackedRequest();
    await changeEmail(r, "oubliee@exemple.test");
    const { token } = await confirmationSentTo("oubliee@exemple.test");
    await anonymiseRequest(actorOf(a, "coordinator"), r.id);
    expect(await db.requestEmailChange.count({ where: { requestId: r.id } })).toBe(0);
    expect(await confirmEmailChangeAction(a.tenant.slug, { token })).toMatchObject({ formError: "errors.notFound" });
    expect(await db.outboundEmail.count({ where: { to: "oubliee@exemple.test" } })).toBe(0);
  });
});
