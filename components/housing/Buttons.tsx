"use client";

import { useTranslations } from "next-intl";

import { ActionButton } from "@/components/forms/ActionButton";
import { cancelHousingBookingAction, decideHousingAskAction, removeHousingPhotoAction } from "@/lib/housing/actions";
import { answerHousingOfferAction } from "@/lib/housing/tracking-actions";

export function CancelBookingButton({
  tenantSlug,
  bookingId,
  who,
}: {
  tenantSlug: string;
  bookingId: string;
  who: string;
}) {
  const t = useTranslations("housing");
  return (
    <ActionButton
      variant="danger"
      label={t("cancel")}
      srLabel={who}
      confirm={t("cancelConfirm")}
      action={() => cancelHousingBookingAction(tenantSlug, { bookingId })}
    />
  );
}

export function DecideAskButtons({
  tenantSlug,
  bookingId,
  who,
}: {
  tenantSlug: string;
  bookingId: string;
  who: string;
}) {
  const t = useTranslations("housing");
  return (
    <span className="inline-flex flex-wrap gap-2">
      <ActionButton
        label={t("confirmAsk")}
        srLabel={who}
        action={() => decideHousingAskAction(tenantSlug, { bookingId, confirm: true })}
      />
      <ActionButton
        variant="danger"
        label={t("declineAsk")}
        srLabel={who}
        action={() => decideHousingAskAction(tenantSlug, { bookingId, confirm: false })}
      />
    </span>
  );
}

export function RemovePhotoButton({
  tenantSlug,
  photoId,
  index,
}: {
  tenantSlug: string;
  photoId: string;
  index: number;
}) {
  const t = useTranslations("housing");
  return (
    <ActionButton
      variant="danger"
      label={t("photos.remove")}
      srLabel={t("photos.alt", { index })}
      confirm={t("photos.removeConfirm")}
      action={() => removeHousingPhotoAction(tenantSlug, { photoId })}
    />
  );
}

/** The newcomer accepts or declines a lodging offered on their request (tracking page). */
export function AnswerOfferButtons({
  tenantSlug,
  token,
  bookingId,
}: {
  tenantSlug: string;
  token: string;
  bookingId: string;
}) {
  const t = useTranslations("housing.track");
  return (
    <span className="inline-flex flex-wrap gap-2">
      <ActionButton
        size="touch"
        label={t("accept")}
        action={() => answerHousingOfferAction(tenantSlug, { token, bookingId, accept: true })}
      />
      <ActionButton
        size="touch"
        variant="danger"
        label={t("decline")}
        confirm={t("declineConfirm")}
        action={() => answerHousingOfferAction(tenantSlug, { token, bookingId, accept: false })}
      />
    </span>
  );
}
