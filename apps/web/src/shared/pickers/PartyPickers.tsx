import { useQuery } from '@apollo/client/react';
import { useEffect, type Dispatch, type SetStateAction } from 'react';

import {
  ORGANISATION_NAME_QUERY,
  PICK_ORGANISATIONS_QUERY,
  PICK_SCHOOLS_QUERY,
  SCHOOL_NAME_QUERY,
} from './graphql/pickers.queries';
import { MultiPicker, type PickerOption, type PickerSearch, type PickerTexts } from './MultiPicker';

// Organisations and schools chosen by name, for any feature's form (its page imports
// ./pickers.css, as pages import shared/account.css). The API's lookups are
// paged and bounded (first ≤ 200, search ≤ 100 characters, control characters refused).

const SUGGESTIONS = 8;

export function useOrganisationSearch(term: string): PickerSearch {
  const { data, previousData, loading, error } = useQuery(PICK_ORGANISATIONS_QUERY, {
    variables: { search: term, first: SUGGESTIONS + 12 },
    skip: term === '',
    fetchPolicy: 'cache-first',
  });
  const nodes = (data ?? (loading ? previousData : undefined))?.organisations.nodes ?? [];
  return {
    options: term === '' ? [] : nodes.map((o) => ({ id: o.id, name: o.name, meta: o.city })),
    loading,
    failed: error !== undefined,
  };
}

export function useSchoolSearch(term: string): PickerSearch {
  const { data, previousData, loading, error } = useQuery(PICK_SCHOOLS_QUERY, {
    variables: { search: term, first: SUGGESTIONS + 12 },
    skip: term === '',
    fetchPolicy: 'cache-first',
  });
  const nodes = (data ?? (loading ? previousData : undefined))?.schools.nodes ?? [];
  return {
    options:
      term === ''
        ? []
        : nodes.map((s) => ({
            id: s.vestigingscode,
            name: s.name,
            meta: `${s.city} · ${s.vestigingscode}`,
          })),
    loading,
    failed: error !== undefined,
  };
}

interface PartyPickerProps {
  id: string;
  texts: PickerTexts;
  chosen: readonly PickerOption[];
  /** A state setter: names looked up later update the choices as they are then. */
  onChange: Dispatch<SetStateAction<PickerOption[]>>;
  error?: string;
  max?: number;
}

/** Partner organisations by name; chosen ids that came without a name get it looked up. */
export function OrganisationPicker(props: PartyPickerProps) {
  const { chosen, onChange } = props;
  const named = (id: string, name: string, meta: string) =>
    onChange((now) => now.map((c) => (c.id === id ? { id, name, meta } : c)));
  return (
    <>
      <MultiPicker {...props} useSearch={useOrganisationSearch} />
      {chosen
        .filter((c) => c.name === '')
        .map((c) => (
          <OrganisationName key={c.id} id={c.id} onNamed={named} />
        ))}
    </>
  );
}

/** Schools by name, town or code; chosen codes that came without a name get it looked up. */
export function SchoolPicker(props: PartyPickerProps) {
  const { chosen, onChange } = props;
  const named = (id: string, name: string, meta: string) =>
    onChange((now) => now.map((c) => (c.id === id ? { id, name, meta } : c)));
  return (
    <>
      <MultiPicker {...props} useSearch={useSchoolSearch} />
      {chosen
        .filter((c) => c.name === '')
        .map((c) => (
          <SchoolName key={c.id} code={c.id} onNamed={named} />
        ))}
    </>
  );
}

type Named = (id: string, name: string, meta: string) => void;

function OrganisationName({ id, onNamed }: { id: string; onNamed: Named }) {
  const { data, error } = useQuery(ORGANISATION_NAME_QUERY, { variables: { id } });
  const o = data?.organisation;
  useEffect(() => {
    // Unknown: the id stays as its own name, and the server names the field on saving.
    if (o) onNamed(id, o.name, o.city);
    else if (error) onNamed(id, id, '');
  }, [o, error]);
  return null;
}

function SchoolName({ code, onNamed }: { code: string; onNamed: Named }) {
  const { data, error } = useQuery(SCHOOL_NAME_QUERY, { variables: { code } });
  const s = data?.school;
  useEffect(() => {
    if (s) onNamed(code, s.name, `${s.city} · ${s.vestigingscode}`);
    else if (error) onNamed(code, code, '');
  }, [s, error]);
  return null;
}
