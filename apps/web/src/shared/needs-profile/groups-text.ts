/** "3–5, 7" for [3, 4, 5, 7]: runs of consecutive groups joined by a dash. */
export function groupsText(groups: readonly number[]): string {
  const sorted = [...new Set(groups)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(j > i ? `${sorted[i]}–${sorted[j]}` : `${sorted[i]}`);
    i = j + 1;
  }
  return parts.join(', ');
}
