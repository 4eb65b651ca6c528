import type frEvents from "./messages/fr.events.json";
import type frHousing from "./messages/fr.housing.json";
import type fr from "./messages/fr.json";
import type frMembers from "./messages/fr.members.json";
import type frOffers from "./messages/fr.offers.json";
import type frRequests from "./messages/fr.requests.json";

declare module "next-intl" {
  interface AppConfig {
    Messages: typeof fr & typeof frRequests & typeof frEvents & typeof frOffers & typeof frMembers & typeof frHousing;
  }
}
