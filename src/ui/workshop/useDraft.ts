import { useEffect, useRef, useState } from "react";

export interface Draft {
  value: string;
  /** The person typed. */
  change(value: string): void;
  /** Save now (on Enter, blur or a button); `value` when it differs from what was typed. */
  commit(value?: string): void;
}

/**
 * Text typed into presentation mode's strip or dialogs, saved when the person commits it, and
 * also when the field goes away before that (the walk moved on, the agenda changed phase, the
 * dialog closed with Escape): nothing typed is lost. What was saved and then changed elsewhere
 * (an undo) shows here unless the person is typing, and is not written back.
 */
export function useDraft(saved: string, save: (value: string) => void): Draft {
  const [value, setValue] = useState(saved);
  const dirty = useRef(false);
  const latest = useRef({ value, save });
  latest.current = { value, save };
  useEffect(() => {
    if (!dirty.current) setValue(saved);
  }, [saved]);
  useEffect(
    () => () => {
      if (dirty.current) latest.current.save(latest.current.value);
    },
    [],
  );
  return {
    value,
    change(next) {
      dirty.current = true;
      setValue(next);
    },
    commit(next = latest.current.value) {
      dirty.current = false;
      if (next !== value) setValue(next);
      latest.current.save(next);
    },
  };
}
