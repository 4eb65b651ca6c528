import type frEmailChange from "./messages/fr.emailchange.json";
import type frEvents from "./messages/fr.events.json";
import type frFollowUp from "./messages/fr.followup.json";
import type frHousing from "./messages/fr.housing.json";
import type frIndicators from "./messages/fr.indicators.json";
import type fr from "./messages/fr.json";
import type frMembers from "./messages/fr.members.json";
import type frNetwork from "./messages/fr.network.json";
import type frOffers from "./messages/fr.offers.json";
import type frRequests from "./messages/fr.requests.json";
import type frSecurity from "./messages/fr.security.json";
import type frWorkspace from "./messages/fr.workspace.json";

declare module "next-intl" {
  interface AppConfig {
    Messages: typeof fr &
      typeof frRequests &
      typeof frEvents &
      typeof frOffers &
      typeof frMembers &
      typeof frWorkspace &
      typeof frFollowUp &
      typeof frIndicators &
      typeof frNetwork &
      typeof frHousing &
      typeof frSecurity &
      typeof frEmailChange;
  }
}
