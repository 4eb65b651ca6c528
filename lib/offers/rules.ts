export type Viewer = "MEMBER" | "NEWCOMER";
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

export function isVisible(offer: OfferWindow, now = new Date()): boolean {
  return offer.status === "PUBLISHED" && offer.validFrom <= now && (!offer.validUntil || offer.validUntil > now);
}

/** The code and claim details are for the audience the partner agreed to. */
export function canClaim(offer: Pick<OfferWindow, "audience">, viewer: Viewer): boolean {
  return viewer === "MEMBER" || offer.audience === "MEMBERS_AND_NEWCOMERS";
}

export function marks(offer: OfferWindow, now = new Date()): { isNew: boolean; endsSoon: boolean } {
  const since = Math.max(offer.validFrom.getTime(), offer.createdAt.getTime());
  return {
    isNew: now.getTime() - since < NEW_DAYS * DAY,
    endsSoon: !!offer.validUntil && offer.validUntil.getTime() - now.getTime() < ENDS_SOON_DAYS * DAY,
  };
}
