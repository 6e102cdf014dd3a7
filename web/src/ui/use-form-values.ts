import { useState } from 'react';

/** The values of a form with a typed setter per field and a reset to the initial values. */
export const useFormValues = <T extends object>(initial: T | (() => T)) => {
  const [values, setValues] = useState<T>(initial);
  const set = <K extends keyof T>(key: K, value: T[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const reset = () => setValues(initial);
  return { values, set, reset };
};
