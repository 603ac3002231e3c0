interface CharacterCountProps {
  id: string;
  length: number;
  max: number;
  label: { characterCount: (length: number, max: number) => string };
}

/** "12 van 200 tekens" under a limited field; marked when the limit is reached. */
export function CharacterCount({ id, length, max, label }: CharacterCountProps) {
  const full = length >= max;
  return (
    <p
      id={id}
      className={full ? 'field-counter field-counter--full' : 'field-counter'}
      data-testid="character-count"
    >
      {label.characterCount(length, max)}
    </p>
  );
}
