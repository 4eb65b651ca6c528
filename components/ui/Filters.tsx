/** Fields of a GET filter form (the list pattern): plain HTML, so filters live in the URL and work without JavaScript. */
const control = "rounded-md border border-slate-500 bg-white px-3 py-2";

type Common = { id: string; name: string; label: string; className?: string };

export function FilterInput({
  id,
  name,
  label,
  defaultValue,
  className,
  type = "text",
}: Common & { defaultValue: string; type?: "text" | "month" }) {
  return (
    <div className={`flex flex-col gap-1 ${className ?? ""}`}>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <input id={id} type={type} name={name} defaultValue={defaultValue} className={control} />
    </div>
  );
}

export function FilterSelect({
  id,
  name,
  label,
  defaultValue,
  options,
  className,
}: Common & { defaultValue: string; options: { value: string; label: string }[] }) {
  return (
    <div className={`flex flex-col gap-1 ${className ?? ""}`}>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <select id={id} name={name} defaultValue={defaultValue} className={control}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A yes/no filter: present in the URL as `name=1` when checked. */
export function FilterCheckbox({ name, label, checked }: { name: string; label: string; checked: boolean }) {
  return (
    <label className="flex items-center gap-2 text-sm">
      <input type="checkbox" name={name} value="1" defaultChecked={checked} className="h-5 w-5 accent-brand" />
      {label}
    </label>
  );
}
