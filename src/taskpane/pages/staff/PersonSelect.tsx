// The "which person" field of the Staff page's forms: each person by name and Staff ID.
import { Field, Select } from "@fluentui/react-components";

export interface PersonChoice {
  key: string;
  name: string;
}

export function PersonSelect({
  label,
  people,
  value,
  onChange,
}: {
  label: string;
  people: readonly PersonChoice[];
  value: string;
  onChange: (staffId: string) => void;
}) {
  return (
    <Field label={label} required>
      <Select value={value} onChange={(_, d) => onChange(d.value)}>
        <option value="">Choose…</option>
        {people.map((p) => (
          <option key={p.key} value={p.key}>
            {p.name} ({p.key})
          </option>
        ))}
      </Select>
    </Field>
  );
}
