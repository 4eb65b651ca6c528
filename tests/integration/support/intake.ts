import { randomUUID } from "node:crypto";

import type { TIntake } from "@/lib/requests/intake-schema";

export function intakeInput(overrides: { email?: string; idempotencyKey?: string; website?: string } = {}): TIntake {
  return {
    identity: {
      firstName: "Camille",
      lastName: "Martin",
      email: overrides.email ?? `camille.${randomUUID().slice(0, 8)}@exemple.test`,
      phone: "+33 6 12 34 56 78",
      profession: "SAGE_FEMME",
      specialty: "",
      practiceMode: "LIBERAL",
    },
    project: {
      currentCity: "Lyon",
      currentCountry: "France",
      desiredArrivalDate: "2027-03-01",
      practiceArea: "Saint-Laurent-du-Maroni",
    },
    household: { hasPartner: true, partnerProfession: "professeur des écoles", children: [{ age: 4 }, { age: 9 }] },
    needs: {
      SPOUSE_JOB: { profession: "professeur des écoles", notes: "" },
      TEMPORARY_HOUSING: { from: "2027-03-01", to: "2027-05-31", budget: 900, notes: "" },
      SCHOOL: { levels: "moyenne section, CM1", notes: "" },
    } as TIntake["needs"],
    message: "Nous avons hâte de vous rencontrer.",
    consent: true,
    commitment: true,
    idempotencyKey: (overrides.idempotencyKey ?? randomUUID()) as TIntake["idempotencyKey"],
    website: overrides.website ?? "",
  };
}
