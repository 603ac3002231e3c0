import { ContactRequestInboxService } from '../../apps/api/src/modules/contact-requests/contact-request-inbox.service.js';
import { ContactRequestsService } from '../../apps/api/src/modules/contact-requests/contact-requests.service.js';
import { CoalitionsService } from '../../apps/api/src/modules/municipality-view/coalitions.service.js';
import { actor, newOffering, newOrganisation, newSchool } from '../support/factories.js';
import { useServices } from '../support/service-harness.js';

// Service tier: a school's contact request, the partner's inbox and the municipality's
// coalitions, on a real database, no HTTP. Names come from three owners' repositories.
describe('contact requests, inbox and coalitions (service tier)', () => {
  const h = useServices();

  const ask = (vestigingscode: string, offeringId: string, email = 'ib@school.example.org') =>
    h.get(ContactRequestsService).request(
      {
        vestigingscode,
        offeringId,
        senderName: 'Intern begeleider',
        senderEmail: email,
        message: 'Wij willen graag kennismaken.',
      },
      '192.0.2.10',
    );

  it('shows a request in the partner’s inbox with school, offering and partner names', async () => {
    const school = await newSchool(h.db, { name: 'Testschool De Inbox' });
    const organisationId = await newOrganisation(h.db, { name: 'Testpartner Inbox' });
    const offeringId = await newOffering(h.db, { organisationId, title: 'Testaanbod Inbox' });

    const stored = await ask(school.vestigingscode, offeringId);

    const inbox = await h
      .get(ContactRequestInboxService)
      .inbox(actor({ role: 'PARTNER_EDITOR', organisationId }));
    expect(inbox).toEqual([
      expect.objectContaining({
        id: stored.id,
        status: 'REQUESTED',
        vestigingscode: school.vestigingscode,
        schoolName: 'Testschool De Inbox',
        offeringId,
        offeringTitle: 'Testaanbod Inbox',
        organisationId,
        organisationName: 'Testpartner Inbox',
      }),
    ]);
    // Another partner's inbox stays empty.
    const other = await newOrganisation(h.db);
    expect(
      await h
        .get(ContactRequestInboxService)
        .inbox(actor({ role: 'PARTNER_EDITOR', organisationId: other })),
    ).toEqual([]);
  }, 60_000);

  it('refuses a request for an offering that does not reach the school, storing nothing', async () => {
    const school = await newSchool(h.db);
    const offeringId = await newOffering(h.db, {
      coverage: [{ kind: 'PROVINCE', provinceCode: 'PV27' }],
    });
    const count = async () =>
      ((await h.db.query(`SELECT count(*)::int AS n FROM contact_request`)) as { n: number }[])[0]!
        .n;
    const before = await count();

    await expect(ask(school.vestigingscode, offeringId)).rejects.toMatchObject({
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [expect.objectContaining({ field: 'offeringId' })],
      },
    });
    expect(await count()).toBe(before);
  }, 60_000);

  it('declining needs a reason, and the decline is shown with it', async () => {
    const school = await newSchool(h.db);
    const organisationId = await newOrganisation(h.db);
    const offeringId = await newOffering(h.db, { organisationId });
    const { id } = await ask(school.vestigingscode, offeringId);
    const editor = actor({ role: 'PARTNER_EDITOR', organisationId });
    const inbox = h.get(ContactRequestInboxService);

    await expect(inbox.setStatus(editor, id, 'DECLINED', ' ')).rejects.toMatchObject({
      extensions: { fields: [expect.objectContaining({ field: 'reason' })] },
    });
    const declined = await inbox.setStatus(editor, id, 'DECLINED', 'Geen plek dit jaar');

    expect(declined).toMatchObject({ id, status: 'DECLINED', statusReason: 'Geen plek dit jaar' });
  }, 60_000);

  it('lists coalitions by school name, then partner name and offering title', async () => {
    const municipalityCode = 'GM0606';
    const zebra = await newSchool(h.db, { name: 'Testschool Zebra' });
    const aap = await newSchool(h.db, { name: 'Testschool Aap' });
    const beta = await newOrganisation(h.db, { name: 'Testpartner Beta' });
    const alfa = await newOrganisation(h.db, { name: 'Testpartner Alfa' });
    const betaOffer = await newOffering(h.db, { organisationId: beta, title: 'A-aanbod' });
    const alfaOffer = await newOffering(h.db, { organisationId: alfa, title: 'Z-aanbod' });
    const inbox = h.get(ContactRequestInboxService);
    for (const [school, offeringId, organisationId] of [
      [zebra, alfaOffer, alfa],
      [aap, betaOffer, beta],
      [aap, alfaOffer, alfa],
    ] as const) {
      const { id } = await ask(
        school.vestigingscode,
        offeringId,
        `${school.vestigingscode}@x.example.org`,
      );
      await inbox.setStatus(
        actor({ role: 'PARTNER_EDITOR', organisationId }),
        id,
        'ACCEPTED',
        undefined,
      );
    }

    const result = await h
      .get(CoalitionsService)
      .municipalityCoalitions(
        actor({ role: 'MUNICIPALITY_OFFICER', municipalityCodes: [municipalityCode] }),
        municipalityCode,
      );

    const mine = result.collaborations.filter((c) =>
      [zebra.vestigingscode, aap.vestigingscode].includes(c.vestigingscode),
    );
    expect(mine.map((c) => [c.schoolName, c.organisationName, c.offeringTitle])).toEqual([
      ['Testschool Aap', 'Testpartner Alfa', 'Z-aanbod'],
      ['Testschool Aap', 'Testpartner Beta', 'A-aanbod'],
      ['Testschool Zebra', 'Testpartner Alfa', 'Z-aanbod'],
    ]);
    const aapRow = result.bySchool.find((s) => s.vestigingscode === aap.vestigingscode);
    expect(aapRow?.partners).toBe(2);
  }, 60_000);
});
