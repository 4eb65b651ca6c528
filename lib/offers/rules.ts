export type Viewer = "MEMBER" | "NEWCOMER";
/** validFrom and validUntil are calendar days of the CPTS (midnight UTC), both included. */
type OfferWindow = {
  status: string;
  validFrom: Date;
  validUntil: Date | null;
  audience: "MEMBERS" | "MEMBERS_AND_NEWCOMERS";
  createdAt: Date;
};

const DAY = 86_400_000;
export const NEW_DAYS = 14;
export const ENDS_SOON_DAYS = 14;

/** Whether the offer is current on `today`, a calendar day of the CPTS (`todayInTimeZone`). */
export function isCurrent(offer: Pick<OfferWindow, "validFrom" | "validUntil">, today: Date): boolean {
  return offer.validFrom <= today && (!offer.validUntil || offer.validUntil >= today);
}

/** Its last day is behind us: it is never revealed nor announced any more. */
export function hasExpired(offer: Pick<OfferWindow, "validUntil">, today: Date): boolean {
  return !!offer.validUntil && offer.validUntil < today;
}

export function isVisible(offer: OfferWindow, today: Date): boolean {
  return offer.status === "PUBLISHED" && isCurrent(offer, today);
}

/** The code and claim details are for the audience the partner agreed to. */
export function canClaim(offer: Pick<OfferWindow, "audience">, viewer: Viewer): boolean {
  return viewer === "MEMBER" || offer.audience === "MEMBERS_AND_NEWCOMERS";
}

export function marks(offer: OfferWindow, today: Date, now = new Date()): { isNew: boolean; endsSoon: boolean } {
  const since = Math.max(offer.validFrom.getTime(), offer.createdAt.getTime());
  return {
    isNew: now.getTime() - since < NEW_DAYS * DAY,
    endsSoon: !!offer.validUntil && offer.validUntil.getTime() - today.getTime() < ENDS_SOON_DAYS * DAY,
  };
}
