"use server";

import { revalidatePath } from "next/cache";

import { ok } from "@/lib/forms/result";
import { tenantAction } from "@/lib/tenancy/action";

import { bookForGuest, cancelBooking, decideMemberAsk, offerToRequest } from "./bookings";
import { removeUnitPhoto } from "./photos";
import {
  ZBookHousing,
  ZBookingOnly,
  ZDecideBooking,
  ZHousingUnitInput,
  ZHousingUnitUpdate,
  ZOfferHousing,
  ZPhotoOnly,
} from "./schemas";
import { createUnit, updateUnit } from "./units";

// Staff actions of the housing stock. Members ask from the portal (portal-actions.ts), newcomers answer
// from their tracking page (tracking-actions.ts).

export const createHousingUnitAction = tenantAction("housing.manage", ZHousingUnitInput, async (ctx, input) => {
  const unit = await createUnit(ctx, input);
  revalidatePath(`/${ctx.tenant.slug}/admin/housing`);
  return ok({ id: unit.id }, "housing.unitCreated");
});

export const updateHousingUnitAction = tenantAction("housing.manage", ZHousingUnitUpdate, async (ctx, input) => {
  await updateUnit(ctx, input.unitId, input);
  revalidatePath(`/${ctx.tenant.slug}/admin/housing`, "layout");
  return ok(undefined, "housing.unitUpdated");
});

export const offerHousingAction = tenantAction("housing.manage", ZOfferHousing, async (ctx, input) => {
  const booking = await offerToRequest(ctx, input);
  revalidatePath(`/${ctx.tenant.slug}/admin/requests/${input.requestId}`);
  return ok({ id: booking.id }, "housing.offerPlaced");
});

export const bookHousingAction = tenantAction("housing.manage", ZBookHousing, async (ctx, input) => {
  const booking = await bookForGuest(ctx, input);
  revalidatePath(`/${ctx.tenant.slug}/admin/housing`, "layout");
  return ok({ id: booking.id }, "housing.booked");
});

export const decideHousingAskAction = tenantAction("housing.manage", ZDecideBooking, async (ctx, input) => {
  await decideMemberAsk(ctx, input.bookingId, input.confirm);
  revalidatePath(`/${ctx.tenant.slug}/admin/housing`, "layout");
  return ok(undefined, input.confirm ? "housing.askConfirmed" : "housing.askDeclined");
});

export const cancelHousingBookingAction = tenantAction("housing.manage", ZBookingOnly, async (ctx, input) => {
  await cancelBooking(ctx, input.bookingId);
  revalidatePath(`/${ctx.tenant.slug}/admin`, "layout");
  return ok(undefined, "housing.bookingCancelled");
});

export const removeHousingPhotoAction = tenantAction("housing.manage", ZPhotoOnly, async (ctx, input) => {
  await removeUnitPhoto(ctx, input.photoId);
  revalidatePath(`/${ctx.tenant.slug}/admin/housing`, "layout");
  return ok(undefined, "housing.photoRemoved");
});
