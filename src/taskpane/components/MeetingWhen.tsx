// When a meeting an invitation is drafted for takes place (an interview, a training session): the day,
// the start time and the length, kept and shown the same way wherever an invitation is drafted.
import { useState } from "react";
import { Field, Input } from "@fluentui/react-components";

export interface MeetingWhen {
  day: string;
  time: string;
  length: string;
  setDay: (v: string) => void;
  setTime: (v: string) => void;
  setLength: (v: string) => void;
}

/** The typed day (yyyy-mm-dd), time (hh:mm) and length in minutes, starting from a usual length. */
export function useMeetingWhen(defaultMinutes: number): MeetingWhen {
  const [day, setDay] = useState("");
  const [time, setTime] = useState("");
  const [length, setLength] = useState(String(defaultMinutes));
  return { day, time, length, setDay, setTime, setLength };
}

export function MeetingWhenFields({
  when,
  dateLabel,
  timeLabel,
}: {
  when: MeetingWhen;
  dateLabel: string;
  timeLabel: string;
}) {
  return (
    <>
      <Field label={dateLabel} required>
        <Input type="date" value={when.day} onChange={(_, d) => when.setDay(d.value)} />
      </Field>
      <Field label={timeLabel} required>
        <Input type="time" value={when.time} onChange={(_, d) => when.setTime(d.value)} />
      </Field>
      <Field label="Length (minutes)" required>
        <Input inputMode="numeric" value={when.length} onChange={(_, d) => when.setLength(d.value)} />
      </Field>
    </>
  );
}
