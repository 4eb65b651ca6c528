import { renderEmail, type EmailContent } from "../layout";

export function signInEmail({ url, minutes }: { url: string; minutes: number }): EmailContent {
  return renderEmail({
    subject: "Votre lien de connexion à la Conciergerie CPTS",
    greeting: "Bonjour,",
    blocks: [
      {
        paragraph: `Voici votre lien de connexion. Il est valable ${minutes} minutes et ne peut servir qu'une seule fois.`,
      },
      { button: { label: "Me connecter", url } },
      { paragraph: "Le lien ouvre une page de confirmation : appuyez sur « Me connecter » pour terminer." },
      { note: "Vous n'avez rien demandé ? Ignorez ce message : personne ne peut se connecter sans ouvrir ce lien." },
    ],
    signature: "La Conciergerie CPTS",
  });
}
