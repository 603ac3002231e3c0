import type { TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useEffect, type ComponentType, type Dispatch, type SetStateAction } from 'react';

import {
  ORGANISATION_NAME_QUERY,
  PICK_ORGANISATIONS_QUERY,
  PICK_SCHOOLS_QUERY,
  SCHOOL_NAME_QUERY,
} from './graphql/pickers.queries';
import { MultiPicker, type PickerOption, type PickerSearch, type PickerTexts } from './MultiPicker';
import type { PickerOrganisationFragment, PickerSchoolFragment } from '../../generated/graphql';

// Organisations and schools chosen by name, for any feature's form (its page imports
// ./pickers.css, as pages import shared/account.css). The API's lookups are
// paged and bounded (first ≤ 200, search ≤ 100 characters, control characters refused).

const SUGGESTIONS = 8;

/** A picker's suggestions for the typed term; the last ones stay while the next are loading. */
function usePickSearch<R>(
  query: TypedDocumentNode<R, { search: string; first: number }>,
  term: string,
  toOptions: (data: R) => PickerOption[],
): PickerSearch {
  const { data, previousData, loading, error } = useQuery(query, {
    variables: { search: term, first: SUGGESTIONS + 12 },
    skip: term === '',
    fetchPolicy: 'cache-first',
  });
  const shown = data ?? (loading ? previousData : undefined);
  return {
    options: term === '' || shown === undefined ? [] : toOptions(shown),
    loading,
    failed: error !== undefined,
  };
}

// One option per organisation or school, whether suggested or looked up by its id.
const organisationOption = (o: PickerOrganisationFragment): PickerOption => ({
  id: o.id,
  name: o.name,
  meta: o.city,
});

const schoolOption = (s: PickerSchoolFragment): PickerOption => ({
  id: s.vestigingscode,
  name: s.name,
  meta: `${s.city} · ${s.vestigingscode}`,
});

export function useOrganisationSearch(term: string): PickerSearch {
  return usePickSearch(PICK_ORGANISATIONS_QUERY, term, (data) =>
    data.organisations.nodes.map(organisationOption),
  );
}

export function useSchoolSearch(term: string): PickerSearch {
  return usePickSearch(PICK_SCHOOLS_QUERY, term, (data) => data.schools.nodes.map(schoolOption));
}

interface PartyPickerProps {
  id: string;
  texts: PickerTexts;
  chosen: readonly PickerOption[];
  /** A state setter: names looked up later update the choices as they are then. */
  onChange: Dispatch<SetStateAction<PickerOption[]>>;
  error?: string;
  max?: number;
  /**
   * A chip's name for a choice the viewer may not read (a partner since rejected or suspended,
   * a school that is gone): never its name, never a bare id ("Partner niet meer zichtbaar").
   */
  unreadable: (shortId: string) => string;
}

/** Names the choice `id` (kept as it came) with what was looked up for it. */
type Named = (id: string, found: Pick<PickerOption, 'name' | 'meta'>) => void;

interface NamingPickerProps extends PartyPickerProps {
  useSearch: (term: string) => PickerSearch;
  /** Looks up the name of a choice that came without one (renders nothing). */
  Lookup: ComponentType<{ id: string; onNamed: Named; unreadable: (shortId: string) => string }>;
}

/** A MultiPicker whose choices that came without a name (ids from a link) get it looked up. */
function NamingPicker({ useSearch, Lookup, unreadable, ...props }: NamingPickerProps) {
  const { chosen, onChange } = props;
  const named: Named = (id, { name, meta }) =>
    onChange((now) => now.map((c) => (c.id === id ? { id, name, meta } : c)));
  return (
    <>
      <MultiPicker {...props} useSearch={useSearch} />
      {chosen
        .filter((c) => c.name === '')
        .map((c) => (
          <Lookup key={c.id} id={c.id} onNamed={named} unreadable={unreadable} />
        ))}
    </>
  );
}

/** Partner organisations by name. */
export function OrganisationPicker(props: PartyPickerProps) {
  return <NamingPicker {...props} useSearch={useOrganisationSearch} Lookup={OrganisationName} />;
}

/** Schools by name, town or code (their vestigingscode is the choice's id). */
export function SchoolPicker(props: PartyPickerProps) {
  return <NamingPicker {...props} useSearch={useSchoolSearch} Lookup={SchoolName} />;
}

interface LookupProps {
  id: string;
  onNamed: Named;
  unreadable: (shortId: string) => string;
}

function OrganisationName({ id, onNamed, unreadable }: LookupProps) {
  const { data, error } = useQuery(ORGANISATION_NAME_QUERY, { variables: { id } });
  useNaming(id, data?.organisation, error, organisationOption, onNamed, unreadable);
  return null;
}

function SchoolName({ id: code, onNamed, unreadable }: LookupProps) {
  const { data, error } = useQuery(SCHOOL_NAME_QUERY, { variables: { code } });
  useNaming(code, data?.school, error, schoolOption, onNamed, unreadable);
  return null;
}

/** Names the choice `id` once its lookup answers. */
function useNaming<T>(
  id: string,
  found: T | undefined,
  error: unknown,
  toOption: (found: T) => PickerOption,
  onNamed: Named,
  unreadable: (shortId: string) => string,
) {
  useEffect(() => {
    if (found) onNamed(id, toOption(found));
    else if (isRefusal(error)) {
      // The server will not name it to this viewer (unknown, or hidden since: a rejected or
      // suspended partner). Say so, with the id's first characters to tell two apart; the
      // server names the field on saving.
      onNamed(id, { name: unreadable(id.slice(0, 8)), meta: '' });
    } else if (error) onNamed(id, { name: id, meta: '' });
  }, [found, error]);
}

/** The server answered with a refusal (GraphQL errors), not a failed connection. */
function isRefusal(error: unknown): boolean {
  const errors = (error as { errors?: unknown } | null | undefined)?.errors;
  return Array.isArray(errors) && errors.length > 0;
}
