import { useT } from '../../../app/i18n/use-t';
import type { CollaborationFieldsFragment } from '../../../generated/graphql';

type Parties = Pick<
  CollaborationFieldsFragment,
  'schools' | 'partners' | 'municipalityCode' | 'schoolBoard' | 'interventionCodes'
>;

interface PartyFactsProps {
  c: Parties;
  needLabel: (code: string) => string;
}

/**
 * Who works together on a collaboration and on what, as terms of a facts list (`dl`): the same
 * on its page and in its edit form, where the parties cannot be changed.
 */
export function PartyFacts({ c, needLabel }: PartyFactsProps) {
  const d = useT().collaborations.detail;
  return (
    <>
      <dt>{d.schools}</dt>
      <dd>{c.schools.map((x) => `${x.name} (${x.vestigingscode})`).join(', ')}</dd>
      <dt>{d.partners}</dt>
      <dd>{c.partners.map((p) => p.name).join(', ')}</dd>
      {c.municipalityCode && (
        <>
          <dt>{d.municipality}</dt>
          <dd>{c.municipalityCode}</dd>
        </>
      )}
      {c.schoolBoard && (
        <>
          <dt>{d.board}</dt>
          <dd>{c.schoolBoard}</dd>
        </>
      )}
      <dt>{d.types}</dt>
      <dd>{c.interventionCodes.map(needLabel).join(', ')}</dd>
    </>
  );
}
