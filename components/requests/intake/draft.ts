import type { TIntakeInput } from "@/lib/requests/intake-schema";

const key = (slug: string) => `conciergerie:intake-draft:${slug}`;

/** The draft lives in this browser only, so nothing typed is lost on reload or a dropped network. */
export function loadDraft(slug: string): (Partial<TIntakeInput> & { step?: number }) | null {
  try {
    const raw = window.localStorage.getItem(key(slug));
    return raw ? JSON.parse(raw) : null;
  } catch {
    return null;
  }
}

export function saveDraft(slug: string, values: Partial<TIntakeInput>, step: number) {
  try {
    window.localStorage.setItem(key(slug), JSON.stringify({ ...values, step }));
  } catch {
    // Private browsing or full storage: the form still works, only without a saved draft.
  }
}

export function clearDraft(slug: string) {
  try {
    window.localStorage.removeItem(key(slug));
  } catch {
    // nothing to do
  }
}

export function emptyIntake(): TIntakeInput {
  return {
    identity: {
      firstName: "",
      lastName: "",
      email: "",
      phone: "",
      profession: "" as never,
      specialty: "",
      practiceMode: "" as never,
    },
    project: { currentCity: "", currentCountry: "France", desiredArrivalDate: "", practiceArea: "" },
    household: { hasPartner: false, partnerProfession: "", children: [] },
    needs: {},
    message: "",
    consent: false as never,
    commitment: false as never,
    idempotencyKey: crypto.randomUUID(),
    website: "",
  };
}
