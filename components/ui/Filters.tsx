/** Fields of a GET filter form (the list pattern): plain HTML, so filters live in the URL and work without JavaScript. */
const control = "rounded-md border border-slate-500 bg-white px-3 py-2";

type Common = { id: string; name: string; label: string; className?: string };

export function FilterInput({ id, name, label, defaultValue, className }: Common & { defaultValue: string }) {
  return (
    <div className={`flex flex-col gap-1 ${className ?? ""}`}>
      <label htmlFor={id} className="text-sm font-medium">{label}</label>
      <input id={id} name={name} defaultValue={defaultValue} className={control} />
    </div>
  );
}

export function FilterSelect({ id, name, label, defaultValue, options, className }: Common & { defaultValue: string; options: { value: string; label: string }[] }) {
  return (
    <div className={`flex flex-col gap-1 ${className ?? ""}`}>
      <label htmlFor={id} className="text-sm font-medium">{label}</label>
      <select id={id} name={name} defaultValue={defaultValue} className={control}>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </div>
  );
}
