import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useId,
  useMemo,
  useState,
  type ReactNode,
} from 'react';

// The portal's forms that hold unsaved changes, by name: leaving the page asks once, in the form
// that asks first, and names them all, as "Wijzigingen weggooien" there throws all of them away.

interface UnsavedForms {
  /** The names of the forms with unsaved changes, in the order they became unsaved. */
  names: readonly string[];
  mark: (id: string, what: string | null) => void;
}

const UnsavedFormsContext = createContext<UnsavedForms | null>(null);

export function UnsavedFormsProvider({ children }: { children: ReactNode }) {
  const [byId, setById] = useState<ReadonlyMap<string, string>>(new Map());
  const mark = useCallback((id: string, what: string | null) => {
    setById((current) => {
      if ((current.get(id) ?? null) === what) return current;
      const next = new Map(current);
      if (what === null) next.delete(id);
      else next.set(id, what);
      return next;
    });
  }, []);
  const value = useMemo(() => ({ names: [...byId.values()], mark }), [byId, mark]);
  return <UnsavedFormsContext value={value}>{children}</UnsavedFormsContext>;
}

/** Registers the form's name while it is dirty (nothing without a provider). */
export function useUnsavedForm(dirty: boolean, what: string): void {
  const id = useId();
  const mark = useContext(UnsavedFormsContext)?.mark;
  useEffect(
    function nameWhileDirty() {
      if (!mark || !dirty) return;
      mark(id, what);
      return () => mark(id, null);
    },
    [mark, id, dirty, what],
  );
}

/** Every form that leaving the page would throw away: `own` first, then the others. */
export function useUnsavedNames(own: string): string[] {
  const names = useContext(UnsavedFormsContext)?.names ?? [];
  return [own, ...names.filter((name) => name !== own)];
}
