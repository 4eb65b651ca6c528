import sharp from "sharp";

import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { fileStore } from "@/lib/files/store";
import { ActionError } from "@/lib/forms/result";

import type { HousingActor } from "./bookings";

export const PHOTO_MAX_BYTES = 8 * 1024 * 1024;
export const PHOTOS_PER_UNIT = 12;
/** Longest side of the stored image: enough for a page, far lighter than a phone's photo. */
const MAX_SIDE = 1600;
const ACCEPTED = new Set(["jpeg", "png", "webp"]);

/**
 * Reads what the bytes really are (never the file name or the browser's type), refuses anything but
 * JPEG, PNG and WebP, turns it upright, drops its metadata (a phone's GPS position) and stores a WebP
 * of at most MAX_SIDE pixels.
 */
export async function preparePhoto(bytes: Uint8Array): Promise<{ bytes: Uint8Array; width: number; height: number }> {
  if (bytes.byteLength > PHOTO_MAX_BYTES) throw new ActionError("housing.errors.photoSize");
  let format: string | undefined;
  try {
    format = (await sharp(bytes).metadata()).format;
  } catch {
    throw new ActionError("housing.errors.photoUnreadable");
  }
  if (!format || !ACCEPTED.has(format)) throw new ActionError("housing.errors.photoType");
  try {
    const { data, info } = await sharp(bytes, { limitInputPixels: 60_000_000 })
      .rotate()
      .resize({ width: MAX_SIDE, height: MAX_SIDE, fit: "inside", withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer({ resolveWithObject: true });
    return { bytes: new Uint8Array(data), width: info.width, height: info.height };
  } catch {
    throw new ActionError("housing.errors.photoUnreadable");
  }
}

export async function addUnitPhoto(actor: HousingActor, unitId: string, upload: Uint8Array) {
  const unit = await db.housingUnit.findFirst({
    where: { id: unitId, tenantId: actor.tenant.id },
    select: { id: true, _count: { select: { photos: true } } },
  });
  if (!unit) throw new ActionError("errors.notFound");
  if (unit._count.photos >= PHOTOS_PER_UNIT) throw new ActionError("housing.errors.tooManyPhotos");
  const photo = await preparePhoto(upload);
  const key = await fileStore().put(actor.tenant.id, { bytes: photo.bytes, contentType: "image/webp" });
  return db.$transaction(async (tx) => {
    const created = await tx.housingPhoto.create({
      data: {
        tenantId: actor.tenant.id,
        unitId: unit.id,
        fileKey: key,
        width: photo.width,
        height: photo.height,
        position: unit._count.photos,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      tenantId: actor.tenant.id,
      actorId: actor.user.id,
      action: "housing.photo.added",
      targetType: "HousingUnit",
      targetId: unit.id,
      details: { photoId: created.id },
    });
    return created;
  });
}

export async function removeUnitPhoto(actor: HousingActor, photoId: string) {
  const photo = await db.housingPhoto.findFirst({
    where: { id: photoId, tenantId: actor.tenant.id },
    select: { id: true, unitId: true, fileKey: true },
  });
  if (!photo) throw new ActionError("errors.notFound");
  await db.$transaction(async (tx) => {
    await tx.housingPhoto.delete({ where: { id: photo.id } });
    await recordAudit(tx, {
      tenantId: actor.tenant.id,
      actorId: actor.user.id,
      action: "housing.photo.removed",
      targetType: "HousingUnit",
      targetId: photo.unitId,
      details: { photoId: photo.id },
    });
  });
  await fileStore().remove(actor.tenant.id, photo.fileKey);
}

/**
 * Who may see a photo: the staff; a member when the unit is open to members and available; a newcomer
 * (by their tracking token) when the unit was offered to their request. Anything else is not found.
 */
export async function photoFor(
  tenantId: string,
  photoId: string,
  viewer: { staff: boolean; member: boolean; requestId: string | null },
) {
  const photo = await db.housingPhoto.findFirst({
    where: { id: photoId, tenantId },
    select: { fileKey: true, unit: { select: { id: true, openToMembers: true, status: true } } },
  });
  if (!photo) return null;
  const { unit } = photo;
  const allowed =
    viewer.staff ||
    (viewer.member && unit.openToMembers && unit.status === "AVAILABLE") ||
    (viewer.requestId !== null &&
      (await db.housingBooking.count({
        where: { tenantId, unitId: unit.id, requestId: viewer.requestId, status: { in: ["OPTION", "CONFIRMED"] } },
      })) > 0);
  if (!allowed) return null;
  return fileStore().get(tenantId, photo.fileKey);
}
