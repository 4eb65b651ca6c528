import type { NeedType, Profession } from "@/lib/generated/prisma/enums";

// French labels used in emails (pages use the message catalog).
export const PROFESSION_FR: Record<Profession, string> = {
  MEDECIN_GENERALISTE: "médecin généraliste",
  MEDECIN_SPECIALISTE: "médecin spécialiste",
  INFIRMIER: "infirmier·e",
  MASSEUR_KINESITHERAPEUTE: "masseur-kinésithérapeute",
  SAGE_FEMME: "sage-femme",
  PHARMACIEN: "pharmacien·ne",
  CHIRURGIEN_DENTISTE: "chirurgien-dentiste",
  ORTHOPHONISTE: "orthophoniste",
  PSYCHOLOGUE: "psychologue",
  AUTRE: "autre profession",
};

export const NEED_FR: Record<NeedType, string> = {
  SPOUSE_JOB: "emploi du conjoint",
  TEMPORARY_HOUSING: "logement temporaire",
  LONG_TERM_HOUSING: "logement durable",
  VEHICLE: "véhicule",
  SCHOOL: "scolarité",
  CHILDCARE: "garde d'enfants",
  ADMIN_PROCEDURES: "démarches administratives",
  PRACTICE_PREMISES: "locaux professionnels",
  FINANCIAL_AIDS: "aides à l'installation",
  MENTORING: "rencontres et parrainage",
  OTHER: "autre besoin",
};
