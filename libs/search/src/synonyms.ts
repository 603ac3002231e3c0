// Words a school leader may use for the same kind of help. Each group is symmetric.
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['bijles', 'tutoring', 'huiswerkbegeleiding', 'extra leertijd', 'huiswerkhulp'],
  ['jeugdzorg', 'jeugdhulp', 'wijkteam', 'schoolmaatschappelijk werk'],
  ['ouders', 'ouderbetrokkenheid', 'gezin'],
  ['lezen', 'lees', 'voorlezen', 'leesbevordering'],
  ['taal', 'taalontwikkeling', 'nederlands'],
  ['mentor', 'maatje', 'coach', 'mentoring'],
  ['armoede', 'schulden', 'minima'],
  ['peuters', 'vve', 'voorschool', 'kinderopvang'],
  ['cultuur', 'kunst', 'museum'],
  ['rekenen', 'wiskunde'],
];

/** Meilisearch's format: each word maps to the others of its groups. */
export function synonymMap(groups = SYNONYM_GROUPS): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const group of groups) {
    for (const word of group) {
      const others = group.filter((w) => w !== word);
      map[word] = [...new Set([...(map[word] ?? []), ...others])];
    }
  }
  return map;
}
