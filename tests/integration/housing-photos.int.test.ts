import "./support/act-as";

import sharp from "sharp";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { PHOTO_MAX_BYTES } from "@/lib/housing/photos";

import { actAs } from "./support/act-as";
import { createTestRequest, createTestTenant, createUser, type TestTenant } from "./support/factories";
import { unitInput } from "./support/housing";

const upload = await import("@/app/[tenant]/admin/housing/[id]/photos/route");
const serve = await import("@/app/[tenant]/housing-photos/[photoId]/route");
const { createHousingUnitAction, offerHousingAction, removeHousingPhotoAction } = await import("@/lib/housing/actions");

let a: TestTenant;
let b: TestTenant;

const ORIGIN = "http://127.0.0.1:3000";
async function post(tenant: string, id: string, body: Uint8Array, type = "image/jpeg", origin: string | null = ORIGIN) {
  const form = new FormData();
  form.set("photo", new File([Buffer.from(body)], "photo.jpg", { type }));
  const headers: Record<string, string> = origin ? { origin } : {};
  const request = new Request(`${ORIGIN}/${tenant}/admin/housing/${id}/photos`, {
    method: "POST",
    body: form,
    headers,
  });
  return upload.POST(request, { params: Promise.resolve({ tenant, id }) });
}
const get = (tenant: string, photoId: string, token?: string) =>
  serve.GET(new Request(`${ORIGIN}/${tenant}/housing-photos/${photoId}${token ? `?t=${token}` : ""}`), {
    params: Promise.resolve({ tenant, photoId }),
  });

const image = (width: number, height: number, format: "jpeg" | "png" | "webp" | "gif" = "jpeg") =>
  sharp({ create: { width, height, channels: 3, background: { r: 20, g: 120, b: 90 } } })
    .toFormat(format)
    .toBuffer()
    .then((b) => new Uint8Array(b));

beforeAll(async () => {
  a = await createTestTenant("hpa");
  b = await createTestTenant("hpb");
});
beforeEach(() => actAs(null));

describe("housing photos", () => {
  it("store JPEG, PNG and WebP resized as WebP in PostgreSQL, refuse other formats and oversized files", async () => {
    actAs(a.staff);
    const created = await createHousingUnitAction(a.tenant.slug, unitInput);
    if (!created.ok) throw new Error("unit");
    const unitId = created.data.id;
    const big = await post(a.tenant.slug, unitId, await image(4000, 3000));
    expect(big.status).toBe(200);
    const { data } = (await big.json()) as { data: { id: string } };
    const photo = await db.housingPhoto.findUniqueOrThrow({ where: { id: data.id } });
    expect([photo.width, photo.height]).toEqual([1600, 1200]);
    const stored = await db.storedFile.findUniqueOrThrow({ where: { id: photo.fileKey } });
    expect(stored).toMatchObject({ tenantId: a.tenant.id, contentType: "image/webp" });
    expect((await sharp(stored.data).metadata()).format).toBe("webp");
    expect((await post(a.tenant.slug, unitId, await image(300, 200, "png"))).status).toBe(200);
    expect((await post(a.tenant.slug, unitId, await image(300, 200, "webp"))).status).toBe(200);

    const gif = await post(a.tenant.slug, unitId, await image(50, 50, "gif"), "image/jpeg");
    expect(gif.status).toBe(400);
    expect(await gif.json()).toEqual({ ok: false, formError: "housing.errors.photoType" });
    const text = await post(a.tenant.slug, unitId, new TextEncoder().encode("<svg></svg>"), "image/png");
    expect(await text.json()).toMatchObject({ formError: "housing.errors.photoUnreadable" });
    const huge = await post(a.tenant.slug, unitId, new Uint8Array(PHOTO_MAX_BYTES + 1));
    expect(await huge.json()).toMatchObject({ formError: "housing.errors.photoSize" });
    expect((await post(a.tenant.slug, unitId, await image(10, 10), "image/jpeg", "https://evil.exemple")).status).toBe(
      403,
    );
    expect(await db.housingPhoto.count({ where: { unitId } })).toBe(3);

    // Other tenants' staff and members cannot upload, even with the real unit id.
    actAs(b.staff);
    expect((await post(a.tenant.slug, unitId, await image(10, 10))).status).toBe(404);
    expect((await post(b.tenant.slug, unitId, await image(10, 10))).status).toBe(404);
    actAs(a.member);
    expect((await post(a.tenant.slug, unitId, await image(10, 10))).status).toBe(404);
    actAs(null);
    expect((await post(a.tenant.slug, unitId, await image(10, 10))).status).toBe(401);
  });

  it("are shown to staff, to members for units open to them, to the newcomer a unit was offered to, and to nobody else", async () => {
    actAs(a.staff);
    const open = await createHousingUnitAction(a.tenant.slug, { ...unitInput, name: "Ouvert" });
    const closed = await createHousingUnitAction(a.tenant.slug, { ...unitInput, name: "Fermé", openToMembers: false });
    if (!open.ok || !closed.ok) throw new Error("units");
    const photoOf = async (unitId: string) => {
      actAs(a.staff);
      const res = await post(a.tenant.slug, unitId, await image(100, 100));
      return ((await res.json()) as { data: { id: string } }).data.id;
    };
    const openPhoto = await photoOf(open.data.id);
    const closedPhoto = await photoOf(closed.data.id);

    actAs(a.staff);
    expect((await get(a.tenant.slug, closedPhoto)).status).toBe(200);
    expect((await get(a.tenant.slug, closedPhoto)).headers.get("content-type")).toBe("image/webp");
    actAs(a.member);
    expect((await get(a.tenant.slug, openPhoto)).status).toBe(200);
    expect((await get(a.tenant.slug, closedPhoto)).status).toBe(404);
    actAs(b.staff);
    expect((await get(a.tenant.slug, openPhoto)).status).toBe(404);
    expect((await get(b.tenant.slug, openPhoto)).status).toBe(404);
    actAs(await createUser());
    expect((await get(a.tenant.slug, openPhoto)).status).toBe(404);
    actAs(null);
    expect((await get(a.tenant.slug, openPhoto)).status).toBe(404);

    const request = await createTestRequest(a.tenant.id);
    const stranger = await createTestRequest(a.tenant.id);
    expect((await get(a.tenant.slug, closedPhoto, request.token)).status).toBe(404);
    actAs(a.staff);
    const offered = await offerHousingAction(a.tenant.slug, {
      requestId: request.id,
      unitId: closed.data.id,
      arrival: "2027-11-01",
      departure: "2027-11-20",
      price: "",
      optionDays: "3",
      notes: "",
    });
    expect(offered.ok).toBe(true);
    actAs(null);
    expect((await get(a.tenant.slug, closedPhoto, request.token)).status).toBe(200);
    expect((await get(a.tenant.slug, closedPhoto, stranger.token)).status).toBe(404);
    expect((await get(b.tenant.slug, closedPhoto, request.token)).status).toBe(404);

    actAs(b.staff);
    expect(await removeHousingPhotoAction(b.tenant.slug, { photoId: openPhoto })).toEqual({
      ok: false,
      formError: "errors.notFound",
    });
    actAs(a.staff);
    expect((await removeHousingPhotoAction(a.tenant.slug, { photoId: openPhoto })).ok).toBe(true);
    expect((await get(a.tenant.slug, openPhoto)).status).toBe(404);
    expect(await db.storedFile.count({ where: { tenantId: a.tenant.id } })).toBe(4);
  });
});
