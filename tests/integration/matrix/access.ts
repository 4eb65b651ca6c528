/**
 * The route × role matrix (issue 10, §8), as data: who reaches each page, route handler and server
 * action of the app, called with tenant A's real ids. `tests/integration/route-role-matrix.int.test.ts`
 * lists every page and route of `app/` and every export of every "use server" module, and fails on any
 * of them without an entry here, or whose answer differs.
 *
 * One line per entry, grouped by feature:
 *   "page /[tenant]/admin/requests/[id]": "staff",
 *   "route GET /[tenant]/portal/events/[id]/ics": "portalRoute",
 *   "action lib/events/actions.ts#createEventAction": "staff",
 * The value is a profile, optionally followed by exceptions: "signedIn; memberA=redirect".
 *
 * Callers: anonymous, memberA, staffA, coordinatorA (tenant A), staffB, memberB (tenant B, calling A's
 * URLs), newcomer (signed in, no membership), platformAdmin (second factor passed).
 * Answers: ok, signIn (sent to sign in / 401 / errors.signedOut), forbidden (403 page / errors.forbidden),
 * notFound (404 / errors.notFound), redirect (somewhere else than sign-in), skip (not called: say why).
 * For an action, "ok" means its wrapper let the caller through (a call without input then gets the
 * validation answer, and changes nothing).
 *
 * Path parameters come from tenant A's real rows by the segment before them (see PARAM_SOURCES in the
 * test): `events/[id]` is an event of A, `requests/[id]` a request of A, `track/[token]` its tracking token
 * (pages only: actions get an unknown token, so that a token-holder's action never runs in the matrix);
 * likewise an actor, aid, housing unit and photo, a check-in, an orientation and an email-change token of
 * A, and an indicators file name. Refused actions get all of these ids (actorId, unitId, bookingId…).
 */
export const PROFILES = {
  public: { all: "ok" },
  signedIn: { all: "ok", anonymous: "signIn" },
  portal: { all: "forbidden", anonymous: "signIn", memberA: "ok", staffA: "ok", coordinatorA: "ok" },
  staff: { all: "forbidden", anonymous: "signIn", staffA: "ok", coordinatorA: "ok" },
  coordinator: { all: "forbidden", anonymous: "signIn", coordinatorA: "ok" },
  platform: { all: "forbidden", anonymous: "signIn", platformAdmin: "ok" },
  /** Route handlers reveal nothing: a refusal is the same 404 as "does not exist". */
  staffRoute: { all: "notFound", anonymous: "signIn", staffA: "ok", coordinatorA: "ok" },
  portalRoute: { all: "notFound", anonymous: "signIn", memberA: "ok", staffA: "ok", coordinatorA: "ok" },
  /** Public by token: without the token (the matrix never passes a real one), nobody gets anything. */
  notFound: { all: "notFound" },
  redirect: { all: "redirect" },
  skip: { all: "skip" },
} as const;

export const ACCESS: Record<string, Record<string, string>> = {
  foundation: {
    "page /": "public",
    "page /[tenant]": "public",
    "page /espace":
      "signedIn; memberA=redirect; staffA=redirect; coordinatorA=redirect; staffB=redirect; memberB=redirect; platformAdmin=redirect",
    "route GET /api/health": "public",
    "route GET /api/ready": "public",
    // Benchmark rungs, off unless BENCH_SHELL=on (tests/integration/bench-shell.int.test.ts checks them on).
    "page /bench-shell": "notFound",
    "page /[tenant]/admin/bench-shell": "notFound",
    "action lib/i18n/actions.ts#switchLocaleAction": "skip: sets a cookie, needs a request (e2e workspace.spec.ts)",
  },
  signIn: {
    "page /login": "public",
    "page /login/check": "public",
    "page /login/confirm": "public",
    "page /login/error": "public",
    "route GET /api/auth/[...nextauth]":
      "skip: Auth.js's handler (tests/integration/sign-in-hardening.int.test.ts, e2e sign-in-hardening.spec.ts)",
    "route POST /api/auth/[...nextauth]": "skip: Auth.js's handler (same)",
    "action lib/auth/actions.ts#requestSignInLinkAction": "public",
    "action lib/auth/actions.ts#signOutAction": "skip: signs the request's cookie out (e2e foundation.spec.ts)",
  },
  security: {
    "page /espace/securite": "signedIn",
    "page /login/second-factor": "signedIn",
    "action lib/auth/security-actions.ts#startTotpEnrolmentAction": "signedIn",
    "action lib/auth/security-actions.ts#confirmTotpEnrolmentAction": "signedIn",
    "action lib/auth/security-actions.ts#verifySecondFactorAction": "signedIn",
    "action lib/auth/security-actions.ts#regenerateRecoveryCodesAction": "signedIn",
    "action lib/auth/security-actions.ts#disableSecondFactorAction": "signedIn",
    "action lib/auth/security-actions.ts#endSessionAction": "signedIn",
    "action lib/auth/security-actions.ts#endOtherSessionsAction": "signedIn",
    "action lib/auth/tenant-security-actions.ts#requireStaffSecondFactorAction": "coordinator",
  },
  platform: {
    "page /platform": "platform",
    "action lib/platform/actions.ts#createTenantAction": "platform",
  },
  settings: {
    "page /[tenant]/admin/settings": "coordinator",
    "action lib/settings/actions.ts#saveTenantSettingsAction": "coordinator",
  },
  workspace: {
    "page /[tenant]/admin": "staff",
    "page /[tenant]/admin/emails": "staff",
    "action lib/mail/actions.ts#retryEmailAction": "staff",
  },
  invitations: {
    "action lib/invitations/actions.ts#inviteMemberAction": "staff",
    "action lib/invitations/actions.ts#revokePendingInvitationAction": "staff",
    "action lib/invitations/actions.ts#acceptInvitationAction": "public",
  },
  requests: {
    "page /[tenant]/installation": "public",
    "page /[tenant]/installation/merci": "public",
    "page /[tenant]/track/[token]": "public",
    "page /mes-demandes": "signedIn",
    "page /[tenant]/admin/requests": "staff",
    "page /[tenant]/admin/requests/[id]": "staff",
    "action lib/requests/intake-actions.ts#submitInstallationRequestAction": "public",
    "action lib/requests/tracking-actions.ts#sendNewcomerReplyAction": "public",
    "action lib/requests/tracking-actions.ts#updateNewcomerContactAction": "public",
    "action lib/requests/tracking-actions.ts#withdrawRequestAction": "public",
    "action lib/requests/tracking-actions.ts#requestDataDeletionAction": "public",
    "page /[tenant]/email-change/[token]": "public",
    "action lib/requests/email-change-actions.ts#confirmEmailChangeAction": "public",
    "action lib/requests/mine-actions.ts#emailMyTrackingLinkAction": "signedIn",
    "action lib/requests/staff-actions.ts#changeRequestStageAction": "staff",
    "action lib/requests/staff-actions.ts#addRequestNoteAction": "staff",
    "action lib/requests/staff-actions.ts#sendRequestMessageAction": "staff",
    "action lib/requests/staff-actions.ts#updateRequestNeedAction": "staff",
    "action lib/requests/staff-actions.ts#assignRequestAction": "staff",
    "action lib/requests/staff-actions.ts#reissueTrackingLinkAction": "staff",
    "action lib/requests/staff-actions.ts#anonymiseRequestAction": "coordinator",
    "action lib/requests/staff-actions.ts#revokeTrackingLinkAction": "staff",
    "action lib/requests/staff-actions.ts#setRequestPriorityAction": "staff",
    "action lib/events/actions.ts#inviteNewcomerToEventAction": "staff",
    "action lib/events/actions.ts#unregisterNewcomerFromEventAction": "staff",
  },
  members: {
    "page /[tenant]/admin/members": "staff",
    "page /[tenant]/admin/members/[id]": "staff",
    "page /[tenant]/admin/members/import": "staff",
    "page /[tenant]/portal": "portal",
    "page /[tenant]/portal/profile": "portal",
    "page /[tenant]/portal/directory": "portal",
    "page /[tenant]/invitation/[token]": "public",
    "action lib/members/actions.ts#changeRoleAction": "coordinator",
    "action lib/members/actions.ts#removeMemberAction": "coordinator",
    "action lib/members/actions.ts#saveMemberDetailsAction": "staff",
    "action lib/members/actions.ts#recordDuesAction": "staff",
    "action lib/members/actions.ts#changeMemberStatusAction": "coordinator",
    "action lib/members/actions.ts#importMembersCsvAction": "staff",
    "action lib/members/profile-actions.ts#saveMyProfileAction": "portal",
    "action lib/members/profile-actions.ts#addToMyHouseholdAction": "portal",
    "action lib/members/profile-actions.ts#removeFromMyHouseholdAction": "portal",
  },
  events: {
    "page /[tenant]/admin/events": "staff",
    "page /[tenant]/admin/events/[id]": "staff",
    "page /[tenant]/portal/events": "portal",
    "route GET /[tenant]/admin/events/[id]/registrations.csv": "staffRoute",
    "route GET /[tenant]/portal/events/[id]/ics": "portalRoute",
    "route GET /[tenant]/calendar/[token]": "notFound",
    "action lib/events/actions.ts#createEventAction": "staff",
    "action lib/events/actions.ts#updateEventAction": "staff",
    "action lib/events/actions.ts#checkInRegistrationAction": "staff",
    "action lib/events/actions.ts#messageRegistrantsAction": "staff",
    "action lib/events/actions.ts#cancelWholeEventAction": "staff",
    "action lib/events/actions.ts#registerToEventAction": "portal",
    "action lib/events/actions.ts#cancelMyRegistrationAction": "portal",
    "action lib/events/actions.ts#createMyCalendarFeedAction": "portal",
    "action lib/events/actions.ts#revokeMyCalendarFeedAction": "portal",
  },
  offers: {
    "page /[tenant]/admin/partners": "staff",
    "page /[tenant]/admin/partners/[id]": "staff",
    "page /[tenant]/admin/partners/offers/[id]": "staff",
    "page /[tenant]/portal/offers": "portal",
    "page /[tenant]/unsubscribe/[token]": "notFound",
    "route GET /[tenant]/unsubscribe/[token]/one-click": "redirect",
    "route POST /[tenant]/unsubscribe/[token]/one-click": "notFound",
    "action lib/offers/actions.ts#createPartnerAction": "staff",
    "action lib/offers/actions.ts#updatePartnerAction": "staff",
    "action lib/offers/actions.ts#createOfferAction": "staff",
    "action lib/offers/actions.ts#updateOfferAction": "staff",
    "action lib/offers/actions.ts#changeOfferStatusAction": "staff",
    "action lib/offers/actions.ts#revealOfferAction": "portal",
    "action lib/offers/actions.ts#claimOfferAction": "portal",
  },
  staffWorkspace: {
    "page /[tenant]/admin/search": "staff",
    "page /[tenant]/admin/tasks": "staff",
  },
  followUp: {
    "page /[tenant]/check-in/[token]": "public",
    "action lib/followup/actions.ts#answerCheckInAction": "public",
    "action lib/followup/actions.ts#stopCheckInsAction": "public",
    "action lib/followup/actions.ts#completeFollowUpTaskAction": "staff",
  },
  indicators: {
    "page /[tenant]/admin/indicators": "staff",
    "page /[tenant]/admin/report": "staff",
    "route GET /[tenant]/admin/indicators/[file]": "staffRoute",
    "route GET /[tenant]/admin/report/report.pdf": "staffRoute",
    "action lib/report/actions.ts#saveReportTextsAction": "coordinator",
    "action lib/members/actions.ts#recordMemberDepartureAction": "coordinator",
  },
  network: {
    "page /[tenant]/admin/network": "staff",
    "page /[tenant]/admin/network/new": "staff",
    "page /[tenant]/admin/network/import": "staff",
    "page /[tenant]/admin/network/[id]": "staff",
    "page /[tenant]/admin/network/aids": "staff",
    "page /[tenant]/admin/network/aids/[id]": "staff",
    "page /[tenant]/aides": "public",
    "page /[tenant]/orientation/[token]": "public",
    "route GET /[tenant]/admin/network/export.csv": "staffRoute",
    "action lib/network/actor-actions.ts#createActorAction": "staff",
    "action lib/network/actor-actions.ts#updateActorAction": "staff",
    "action lib/network/actor-actions.ts#addContactAction": "staff",
    "action lib/network/actor-actions.ts#removeContactAction": "staff",
    "action lib/network/actor-actions.ts#importActorsAction": "staff",
    "action lib/network/aid-actions.ts#createAidAction": "staff",
    "action lib/network/aid-actions.ts#updateAidAction": "staff",
    "action lib/network/aid-actions.ts#deleteAidAction": "staff",
    "action lib/network/aid-actions.ts#markAidSentAction": "staff",
    "action lib/network/referral-actions.ts#proposeReferralAction": "staff",
    "action lib/network/referral-actions.ts#recordPhoneConsentAction": "staff",
    "action lib/network/referral-actions.ts#introduceReferralAction": "staff",
    "action lib/network/referral-actions.ts#revokeActorLinkAction": "staff",
    "action lib/network/referral-actions.ts#setReferralOutcomeAction": "staff",
    "action lib/network/referral-actions.ts#answerConsentAction": "public",
    "action lib/network/referral-actions.ts#answerReferralAction": "public",
  },
  housing: {
    "page /[tenant]/admin/housing": "staff",
    "page /[tenant]/admin/housing/new": "staff",
    "page /[tenant]/admin/housing/occupancy": "staff",
    "page /[tenant]/admin/housing/[id]": "staff",
    "page /[tenant]/portal/housing": "portal",
    "route POST /[tenant]/admin/housing/[id]/photos":
      "skip: multipart upload, same-origin only (tests/integration/housing-photos.int.test.ts)",
    "route GET /[tenant]/housing-photos/[photoId]": "notFound; staffA=ok; coordinatorA=ok",
    "action lib/housing/actions.ts#createHousingUnitAction": "staff",
    "action lib/housing/actions.ts#updateHousingUnitAction": "staff",
    "action lib/housing/actions.ts#offerHousingAction": "staff",
    "action lib/housing/actions.ts#bookHousingAction": "staff",
    "action lib/housing/actions.ts#decideHousingAskAction": "staff",
    "action lib/housing/actions.ts#cancelHousingBookingAction": "staff",
    "action lib/housing/actions.ts#removeHousingPhotoAction": "staff",
    "action lib/housing/portal-actions.ts#askHousingAction": "portal",
    "action lib/housing/tracking-actions.ts#answerHousingOfferAction": "public",
  },
};
