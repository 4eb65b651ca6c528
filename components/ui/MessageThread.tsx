import { EmptyState } from "./EmptyState";

const TONES = { ours: "bg-sky-50", theirs: "bg-slate-100", note: "bg-amber-50" } as const;

export type ThreadMessage = { id: string; tone: keyof typeof TONES; heading: string; body: string };

/** Messages in the order they were written: who and when, then the text as typed (line breaks kept). */
export function MessageThread({ messages, empty }: { messages: ThreadMessage[]; empty?: React.ReactNode }) {
  if (messages.length === 0) return empty ? <EmptyState>{empty}</EmptyState> : null;
  return (
    <ol className="space-y-3">
      {messages.map((message) => (
        <li key={message.id} className={`rounded-md p-3 ${TONES[message.tone]}`}>
          <p className="text-sm font-semibold">{message.heading}</p>
          <p className="break-words whitespace-pre-line">{message.body}</p>
        </li>
      ))}
    </ol>
  );
}
