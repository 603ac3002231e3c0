import { useT } from '../../app/i18n/use-t';

interface SchoolPlace {
  address: string;
  postcode: string;
  city: string;
  municipality: { name: string };
}

/** Where a school is, in a facts list: its address and its municipality. */
export function SchoolPlaceFacts({ school }: { school: SchoolPlace }) {
  const t = useT();
  return (
    <>
      <dt>{t.schools.address}</dt>
      <dd>
        {school.address}, {school.postcode} {school.city}
      </dd>
      <dt>{t.schools.municipality}</dt>
      <dd>{school.municipality.name}</dd>
    </>
  );
}
