"use client";

import { useErrorTexts } from "@/components/layout/ErrorTexts";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const texts = useErrorTexts();
  return (
    <section className="card mx-auto max-w-xl" aria-labelledby="error-title">
      <h1 id="error-title" className="page-title">
        {texts.title}
      </h1>
      <p className="mt-3">{texts.body}</p>
      <button type="button" className="btn-primary mt-4" onClick={() => reset()}>
        {texts.retry}
      </button>
    </section>
  );
}
