/* eslint-disable */
export default async () => {
  const t = {
    ['../modules/mail/models/mail-status.model.js']:
      await import('../modules/mail/models/mail-status.model.js'),
    ['../common/graphql/geo-point.input.js']: await import('../common/graphql/geo-point.input.js'),
    ['../modules/organisations/dto/coverage-area.input.js']:
      await import('../modules/organisations/dto/coverage-area.input.js'),
    ['../common/graphql/geo-point.model.js']: await import('../common/graphql/geo-point.model.js'),
    ['../modules/organisations/models/offering.model.js']:
      await import('../modules/organisations/models/offering.model.js'),
    ['../modules/collaborations/models/collaboration.model.js']:
      await import('../modules/collaborations/models/collaboration.model.js'),
    ['../modules/collaborations/dto/collaboration.input.js']:
      await import('../modules/collaborations/dto/collaboration.input.js'),
    ['../modules/matching/dto/match-partners.input.js']:
      await import('../modules/matching/dto/match-partners.input.js'),
    ['../modules/matching/models/match-outcome.model.js']:
      await import('../modules/matching/models/match-outcome.model.js'),
    ['../modules/schools/models/school.model.js']:
      await import('../modules/schools/models/school.model.js'),
    ['../modules/municipality-view/models/coverage.model.js']:
      await import('../modules/municipality-view/models/coverage.model.js'),
    ['../modules/regions/models/municipality.model.js']:
      await import('../modules/regions/models/municipality.model.js'),
    ['../modules/municipality-view/models/local-offering.model.js']:
      await import('../modules/municipality-view/models/local-offering.model.js'),
    ['../modules/indicators/models/school-indicator.model.js']:
      await import('../modules/indicators/models/school-indicator.model.js'),
    ['../modules/school-needs/models/school-needs-profile.model.js']:
      await import('../modules/school-needs/models/school-needs-profile.model.js'),
    ['../modules/school-needs/models/offering-demand.model.js']:
      await import('../modules/school-needs/models/offering-demand.model.js'),
    ['../modules/school-needs/dto/set-school-needs-profile.input.js']:
      await import('../modules/school-needs/dto/set-school-needs-profile.input.js'),
    ['../modules/municipality-view/models/coalition.model.js']:
      await import('../modules/municipality-view/models/coalition.model.js'),
    ['../modules/municipality-view/models/needs.model.js']:
      await import('../modules/municipality-view/models/needs.model.js'),
    ['../modules/municipality-view/models/scenario.model.js']:
      await import('../modules/municipality-view/models/scenario.model.js'),
    ['../modules/search/dto/search-offerings.input.js']:
      await import('../modules/search/dto/search-offerings.input.js'),
    ['../modules/app-info/models/app-info.model.js']:
      await import('../modules/app-info/models/app-info.model.js'),
    ['../modules/geocoding/models/place.model.js']:
      await import('../modules/geocoding/models/place.model.js'),
    ['../modules/search/models/search-result.model.js']:
      await import('../modules/search/models/search-result.model.js'),
    ['../modules/saved-searches/models/saved-search.model.js']:
      await import('../modules/saved-searches/models/saved-search.model.js'),
  };
  return {
    '@nestjs/graphql': {
      models: [
        [
          import('../modules/mail/models/mail-status.model.js'),
          {
            UndeliveredMailModel: {
              recipient: { type: () => String },
              subject: { type: () => String },
              lastError: { nullable: true, type: () => String },
              givenUp: {
                type: () => Boolean,
                description: 'Opgegeven (geen nieuwe pogingen meer)',
              },
              createdAt: { type: () => Date },
              id: {},
              attempts: {},
            },
            MailStatusModel: {
              transport: {
                type: () => String,
                description: 'SMTP (verstuurd) of LOG (alleen gelogd, geen SMTP_URL)',
              },
              description: {
                type: () => String,
                description: 'Mailserver zonder wachtwoord, of "alleen loggen"',
              },
              lastError: { nullable: true, type: () => String },
              lastSentAt: { nullable: true, type: () => Date },
              recentProblems: {
                type: () => [t['../modules/mail/models/mail-status.model.js'].UndeliveredMailModel],
                description:
                  'De laatste 20 mails met een fout (zonder inhoud: die kan een link bevatten)',
              },
              pending: {},
              failed: {},
            },
          },
        ],
        [
          import('../modules/accounts/models/account.model.js'),
          {
            AccountScopeModel: {
              email: { type: () => String },
              schoolCodes: { type: () => [String] },
              municipalityCodes: { type: () => [String] },
              role: {},
              organisationId: { nullable: true },
            },
            AccountModel: {
              organisationName: {
                nullable: true,
                type: () => String,
                description: 'Naam van de gekoppelde organisatie',
              },
              createdAt: { type: () => Date },
              id: {},
            },
            ViewerModel: {
              csrfToken: {
                nullable: true,
                type: () => String,
                description: 'Stuur mee als x-csrf-token bij elke mutatie met de sessiecookie',
              },
              id: { nullable: true },
            },
          },
        ],
        [
          import('../modules/accounts/dto/account.inputs.js'),
          {
            CreateAccountInput: {
              email: { type: () => String },
              schoolCodes: { nullable: true, type: () => [String] },
              municipalityCodes: { nullable: true, type: () => [String] },
              role: {},
              organisationId: { nullable: true },
            },
            AccountsArgs: {
              search: { nullable: true, type: () => String },
              role: { nullable: true },
            },
          },
        ],
        [
          import('../modules/contact-requests/models/contact-request-parties.model.js'),
          {
            ContactRequestPartiesModel: {
              vestigingscode: { type: () => String },
              schoolName: { type: () => String },
              offeringTitle: { type: () => String },
              offeringId: {},
              organisationId: {},
            },
          },
        ],
        [
          import('../modules/contact-requests/models/contact-request.model.js'),
          {
            ContactRequestModel: {
              reference: {
                type: () => String,
                description: 'Leesbaar kenmerk, bijv. PW-2026-00042',
              },
              createdAt: { type: () => Date },
              partnerMailed: {
                type: () => Boolean,
                description:
                  'Of de partner een e-mail over het verzoek krijgt (false: de partner heeft geen e-mailadres en geen account)',
              },
              mailEnabled: {
                type: () => Boolean,
                description:
                  'Of deze omgeving mail verstuurt (SMTP_URL gezet); false: mail blijft in de outbox en wordt alleen gelogd',
              },
              id: {},
              status: {},
            },
          },
        ],
        [
          import('../modules/contact-requests/models/contact-request-detail.model.js'),
          {
            ContactRequestDetailModel: {
              reference: {
                type: () => String,
                description: 'Leesbaar kenmerk, bijv. PW-2026-00042 (toon dit, niet het id)',
              },
              organisationName: {
                type: () => String,
                description: 'Naam van de partnerorganisatie',
              },
              senderName: { type: () => String },
              senderEmail: { type: () => String },
              message: { type: () => String },
              createdAt: { type: () => Date },
              updatedAt: { type: () => Date },
              readAt: {
                nullable: true,
                type: () => Date,
                description: 'Wanneer de partner het verzoek voor het eerst las; leeg: ongelezen',
              },
              alreadyAnswered: {
                type: () => Boolean,
                description:
                  'Alleen bij een antwoord met expectedStatus (setContactRequestStatus, answerContactRequestByLink): true als precies dit antwoord al gold (een ander venster, de e-maillink, een collega), zodat niets opnieuw is opgeslagen, gelogd of gemaild; bij een nieuw antwoord en bij elke lezing false (only on an answer with expectedStatus: true when this very answer already held, so nothing was written, audited or mailed again; false on a new answer and on every read)',
              },
              id: {},
              offeringInterventionCodes: {},
            },
          },
        ],
        [
          import('../modules/contact-requests/models/contact-request-status-view.model.js'),
          {
            ContactRequestCollaborationModel: {
              title: { type: () => String, description: 'Naam van de samenwerking' },
              startsOn: { type: () => String, description: 'Begindatum (ISO)' },
              endsOn: { type: () => String, description: 'Einddatum (ISO)' },
              status: {},
            },
            ContactRequestStatusViewModel: {
              reference: { type: () => String },
              schoolName: { type: () => String },
              offeringTitle: { type: () => String },
              organisationName: { type: () => String },
              createdAt: { type: () => Date },
              updatedAt: { type: () => Date },
              linkExpiresAt: { type: () => Date, description: 'Tot wanneer deze link werkt' },
              collaboration: { nullable: true },
            },
          },
        ],
        [
          import('../common/graphql/geo-point.input.js'),
          { GeoPointInput: { lat: { type: () => Number }, lng: { type: () => Number } } },
        ],
        [
          import('../modules/organisations/dto/coverage-area.input.js'),
          {
            CoverageAreaInput: {
              provinceCode: {
                nullable: true,
                type: () => String,
                description: 'Bij PROVINCE: PVxx',
              },
              municipalityCode: {
                nullable: true,
                type: () => String,
                description: 'Bij MUNICIPALITY: GMxxxx',
              },
              center: {
                nullable: true,
                type: () => t['../common/graphql/geo-point.input.js'].GeoPointInput,
              },
              radiusKm: {
                nullable: true,
                type: () => Number,
                description: 'Bij RADIUS: straal in km (0,1\u2013400)',
              },
              centerLabel: {
                nullable: true,
                type: () => String,
                description:
                  'Bij RADIUS: naam van het middelpunt, bijv. "Schiedam-Oost"; leeg: de vestiging van de partner of een gekozen punt',
              },
              areaLabel: {
                nullable: true,
                type: () => String,
                description:
                  'Bij POLYGON: naam van het gebied, bijv. de naam van het ge\u00FCploade bestand',
              },
              note: { nullable: true, type: () => String },
              kind: {},
              geometry: { nullable: true },
            },
            SetOfferingCoverageInput: {
              areas: {
                type: () => [
                  t['../modules/organisations/dto/coverage-area.input.js'].CoverageAreaInput,
                ],
              },
              offeringId: {},
            },
          },
        ],
        [
          import('../common/graphql/geo-point.model.js'),
          { GeoPointModel: { lat: { type: () => Number }, lng: { type: () => Number } } },
        ],
        [
          import('../modules/organisations/models/coverage-area.model.js'),
          {
            CoverageAreaModel: {
              provinceCode: { nullable: true, type: () => String },
              municipalityCode: { nullable: true, type: () => String },
              center: {
                nullable: true,
                type: () => t['../common/graphql/geo-point.model.js'].GeoPointModel,
              },
              radiusKm: { nullable: true, type: () => Number },
              centerLabel: {
                nullable: true,
                type: () => String,
                description:
                  'Bij RADIUS: naam van het middelpunt, bijv. "Schiedam-Oost" (staat in de reden)',
              },
              areaLabel: {
                nullable: true,
                type: () => String,
                description:
                  'Bij POLYGON: naam van het gebied, bijv. de naam van het ge\u00FCploade bestand',
              },
              note: { nullable: true, type: () => String },
              id: {},
              offeringId: {},
              kind: {},
              geometry: { nullable: true },
            },
          },
        ],
        [
          import('../modules/organisations/models/offering.model.js'),
          {
            CostModel: {
              amountEur: { nullable: true, type: () => Number, description: 'Bedrag in euro' },
              note: { nullable: true, type: () => String },
              type: {},
            },
            EvidenceModel: {
              source: { nullable: true, type: () => String },
              register: {},
              level: {},
            },
            IntRangeModel: { min: { nullable: true }, max: { nullable: true } },
            OfferingModel: {
              title: { type: () => String },
              description: { type: () => String },
              groep: {
                type: () => t['../modules/organisations/models/offering.model.js'].IntRangeModel,
                description: 'Groepen (PO groep 1\u20138)',
              },
              age: {
                type: () => t['../modules/organisations/models/offering.model.js'].IntRangeModel,
                description: 'Leeftijd in jaren',
              },
              cost: {
                type: () => t['../modules/organisations/models/offering.model.js'].CostModel,
              },
              fundingRoutes: {
                type: () => [String],
                description: 'Financieringsroutes zoals de partner ze schreef',
              },
              evidence: {
                type: () => t['../modules/organisations/models/offering.model.js'].EvidenceModel,
              },
              languages: { type: () => [String] },
              lastConfirmedAt: { nullable: true, type: () => Date },
              isDemo: { type: () => Boolean },
              updatedAt: { type: () => Date },
              id: {},
              organisationId: {},
              interventionCodes: {},
              sectors: {},
              targetGroups: {},
              deliveryModes: {},
              fundingRouteCodes: {},
              capacityPerYear: { nullable: true },
              status: {},
            },
          },
        ],
        [
          import('../modules/organisations/models/organisation.model.js'),
          {
            OrganisationModel: {
              name: { type: () => String },
              kvkNumber: {
                nullable: true,
                type: () => String,
                description: 'KvK-nummer (8 cijfers)',
              },
              description: { type: () => String },
              website: { nullable: true, type: () => String },
              email: { nullable: true, type: () => String },
              phone: { nullable: true, type: () => String },
              address: { nullable: true, type: () => String },
              city: { type: () => String },
              location: {
                nullable: true,
                type: () => t['../common/graphql/geo-point.model.js'].GeoPointModel,
                description: 'Vestigingsplaats van de partner (nabijheid, niet dekking)',
              },
              verifiedAt: { nullable: true, type: () => Date },
              lastConfirmedAt: { nullable: true, type: () => Date },
              isDemo: { type: () => Boolean, description: 'Voorbeelddata (demo)' },
              updatedAt: { type: () => Date },
              id: {},
              type: {},
              status: {},
            },
          },
        ],
        [
          import('../modules/organisations/models/offering-result.model.js'),
          {
            OfferingResultModel: {
              offeringId: {},
              offering: { nullable: true },
              organisation: { nullable: true },
              isStale: { nullable: true },
            },
          },
        ],
        [
          import('../modules/regions/models/region.model.js'),
          {
            RegionModel: {
              name: { type: () => String },
              hasBoundary: {
                type: () => Boolean,
                description: 'Of de grens (GeoJSON) beschikbaar is',
              },
              code: {},
            },
          },
        ],
        [
          import('../modules/regions/models/municipality.model.js'),
          {
            MunicipalityModel: {
              provinceCode: { type: () => String },
              center: {
                type: () => t['../common/graphql/geo-point.model.js'].GeoPointModel,
                description: 'Ankerpunt voor de kaart (benadering)',
              },
            },
          },
        ],
        [import('../modules/regions/models/province.model.js'), { ProvinceModel: {} }],
        [
          import('../common/pagination/page-args.js'),
          {
            PageArgs: {
              after: {
                nullable: true,
                type: () => String,
                description: 'Cursor uit pageInfo.endCursor',
              },
              first: {},
            },
          },
        ],
        [
          import('../common/pagination/connection.model.js'),
          {
            PageInfo: {
              endCursor: { nullable: true, type: () => String },
              hasNextPage: { type: () => Boolean },
            },
          },
        ],
        [
          import('../modules/regions/dto/municipalities.args.js'),
          {
            MunicipalitiesArgs: {
              provinceCode: { nullable: true, type: () => String },
              search: { nullable: true, type: () => String },
            },
          },
        ],
        [
          import('../modules/schools/models/school.model.js'),
          {
            SchoolModel: {
              instellingscode: { type: () => String },
              name: { type: () => String },
              schoolType: { type: () => String, description: 'BAO, SBO, SO, VSO, SO/VSO of VO' },
              denomination: { nullable: true, type: () => String },
              address: { type: () => String },
              postcode: { type: () => String },
              city: { type: () => String },
              municipalityCode: { type: () => String },
              provinceCode: { type: () => String },
              location: { type: () => t['../common/graphql/geo-point.model.js'].GeoPointModel },
              website: { nullable: true, type: () => String },
              active: { type: () => Boolean },
              isDemo: { type: () => Boolean, description: 'Fictieve voorbeeldschool (demo)' },
              vestigingscode: {},
              sector: {},
              pupils: { nullable: true },
            },
          },
        ],
        [
          import('../modules/schools/dto/schools.args.js'),
          {
            SchoolsArgs: {
              municipalityCode: {
                nullable: true,
                type: () => String,
                description: 'Gemeentecode GMxxxx',
              },
              provinceCode: { nullable: true, type: () => String },
              search: { nullable: true, type: () => String },
              sector: { nullable: true },
              includeInactive: {},
            },
          },
        ],
        [
          import('../modules/schools/models/school-points.model.js'),
          {
            SchoolPointsModel: {
              vestigingscodes: {
                type: () => [String],
                description: 'DUO-vestigingscodes, oplopend gesorteerd',
              },
              names: { type: () => [String] },
              coordinates: {
                type: () => [Number],
                description:
                  'lat0, lng0, lat1, lng1, \u2026 in WGS84, afgerond op 5 decimalen (ongeveer 1 m)',
              },
              count: {},
              sectors: {},
            },
          },
        ],
        [
          import('../modules/taxonomy/models/intervention-type.model.js'),
          {
            InterventionTypeModel: {
              labelNl: { type: () => String },
              labelEn: { type: () => String },
              descriptionNl: { type: () => String },
              descriptionEn: { type: () => String },
              evidenceNoteNl: {
                type: () => String,
                description: 'Wat bekend is over het effect, met bron',
              },
              evidenceNoteEn: { type: () => String },
              code: {},
              sortOrder: {},
            },
          },
        ],
        [
          import('../modules/organisations/models/coverage-reach.model.js'),
          {
            CoverageReachModel: {
              municipalityCodes: {
                type: () => [String],
                description: 'CBS-codes van de bereikte gemeenten (hoogstens 50)',
              },
              drawnAreaKm2: {
                type: () => Number,
                description:
                  'Oppervlak van de cirkels en getekende vlakken in km\u00B2 (regio\u2019s niet meegeteld)',
              },
              shareOfSchools: {
                type: () => Number,
                description: 'Aandeel van alle actieve scholen (0\u20131)',
              },
              schools: {},
              municipalities: {},
              provinces: {},
              schoolsInOverlap: {},
              warnings: {},
            },
          },
        ],
        [
          import('../modules/organisations/dto/offering.input.js'),
          {
            OfferingFieldsInput: {
              title: { nullable: true, type: () => String },
              description: { nullable: true, type: () => String },
              sectors: { nullable: true, type: () => [Object] },
              targetGroups: { nullable: true, type: () => [Object] },
              groepMin: { nullable: true, type: () => Number },
              groepMax: { nullable: true, type: () => Number },
              ageMin: { nullable: true, type: () => Number },
              ageMax: { nullable: true, type: () => Number },
              deliveryModes: { nullable: true, type: () => [Object] },
              costType: { nullable: true, type: () => Object },
              costAmountEur: { nullable: true, type: () => Number },
              costNote: { nullable: true, type: () => String },
              fundingRoutes: { nullable: true, type: () => [String] },
              evidenceRegister: { nullable: true, type: () => Object },
              evidenceLevel: { nullable: true, type: () => Object },
              evidenceSource: { nullable: true, type: () => String },
              capacityPerYear: { nullable: true, type: () => Number },
              languages: { nullable: true, type: () => [String] },
              interventionCodes: { nullable: true },
              fundingRouteCodes: { nullable: true },
            },
            CreateOfferingInput: { organisationId: {} },
          },
        ],
        [
          import('../modules/organisations/dto/organisation-profile.input.js'),
          {
            OrganisationProfileInput: {
              name: { nullable: true, type: () => String },
              description: { nullable: true, type: () => String },
              website: { nullable: true, type: () => String },
              email: { nullable: true, type: () => String },
              phone: { nullable: true, type: () => String },
              address: { nullable: true, type: () => String },
              city: { nullable: true, type: () => String },
              location: {
                nullable: true,
                type: () => t['../common/graphql/geo-point.input.js'].GeoPointInput,
              },
              type: { nullable: true },
            },
          },
        ],
        [
          import('../modules/organisations/dto/organisations.args.js'),
          {
            OrganisationsArgs: {
              search: { nullable: true, type: () => String },
              type: { nullable: true },
              status: { nullable: true },
              interventionType: { nullable: true },
            },
          },
        ],
        [
          import('../modules/organisations/models/pending-organisation.model.js'),
          {
            PendingOrganisationModel: {
              accountEmails: {
                type: () => [String],
                description:
                  'De e-mailadressen van de accounts van de organisatie (wie zich aanmeldde), oudste eerst;\nalleen hier, in de wachtrij van beheer, nooit in het openbare profiel',
              },
            },
          },
        ],
        [
          import('../modules/organisations/dto/register-partner.input.js'),
          {
            RegisterPartnerInput: {
              organisationName: { type: () => String, description: 'Naam van de organisatie' },
              kvkNumber: { type: () => String, description: 'KvK-nummer: 8 cijfers' },
              city: { nullable: true, type: () => String },
              phone: {
                nullable: true,
                type: () => String,
                description: 'Telefoonnummer van de organisatie (contact)',
              },
              email: { type: () => String },
              password: { type: () => String },
            },
          },
        ],
        [
          import('../modules/organisations/models/registration-requested.model.js'),
          {
            RegistrationRequestedModel: {
              message: {
                type: () => String,
                description: 'Wat de aanmelder nu moet doen (Nederlands, dan Engels)',
              },
              validHours: {
                type: () => Number,
                description: 'Hoe lang de link in de mail geldig is, in uren',
              },
            },
          },
        ],
        [
          import('../modules/contact-requests/dto/request-contact.input.js'),
          {
            RequestContactInput: {
              vestigingscode: {
                type: () => String,
                description: 'DUO-vestigingscode van de school die contact zoekt',
              },
              senderName: { type: () => String },
              senderEmail: {
                type: () => String,
                description: 'E-mailadres waarop de partner kan antwoorden',
              },
              message: { type: () => String },
              offeringId: {},
            },
          },
        ],
        [
          import('../modules/collaborations/models/collaboration.model.js'),
          {
            FundingRouteModel: {
              nl: { type: () => String },
              en: { type: () => String },
              validFrom: {
                nullable: true,
                type: () => String,
                description: 'Eerste dag (ISO), null als onbekend',
              },
              validUntil: {
                nullable: true,
                type: () => String,
                description: 'Laatste dag (ISO), null als open of onbekend',
              },
              oneOff: { type: () => Boolean, description: 'Eenmalig geld' },
              needsName: {
                type: () => Boolean,
                description: 'Een regel moet de naam van het fonds noemen',
              },
              ended: { type: () => Boolean, description: 'De route is vandaag be\u00EBindigd' },
              code: {},
            },
            FundingLineModel: {
              fundName: { nullable: true, type: () => String },
              validFrom: { nullable: true, type: () => String },
              validUntil: { nullable: true, type: () => String },
              routeCode: {},
              amountEur: { nullable: true },
            },
            FundingWarningModel: {
              date: { nullable: true, type: () => String },
              nl: { type: () => String },
              en: { type: () => String },
              kind: {},
              routeCode: {},
            },
            NamedSchoolModel: {
              vestigingscode: { type: () => String },
              name: { type: () => String },
            },
            CollaborationSchoolModel: { municipalityCode: { type: () => String } },
            CollaborationPartnerModel: { name: { type: () => String }, organisationId: {} },
            StatusChangeModel: {
              note: { nullable: true, type: () => String },
              changedBy: { type: () => String, description: 'Wie (account)' },
              changedAt: { type: () => Date },
              fromStatus: { nullable: true },
              toStatus: {},
            },
            MonitoringModel: {
              schoolYear: { type: () => String },
              hoursDelivered: { nullable: true, type: () => Number, description: 'Gegeven uren' },
              evaluationNote: { nullable: true, type: () => String },
              evidenceUrl: { nullable: true, type: () => String },
              updatedBy: { type: () => String },
              updatedAt: { type: () => Date },
              collaborationId: {},
              pupilsReached: { nullable: true },
              groupsReached: { nullable: true },
              sessionsDelivered: { nullable: true },
              goalAttainment: { nullable: true },
            },
            CollaborationRecordModel: {
              title: { type: () => String },
              startsOn: { type: () => String, description: 'Begindatum (ISO)' },
              endsOn: { type: () => String, description: 'Einddatum (ISO)' },
              schoolYears: {
                type: () => [String],
                description: 'De schooljaren die de periode raakt',
              },
              goals: { type: () => [String] },
              schoolBoard: {
                nullable: true,
                type: () => String,
                description: 'Schoolbestuur (naam)',
              },
              municipalityCode: {
                nullable: true,
                type: () => String,
                description: 'De gemeente als partij',
              },
              schools: {
                type: () => [
                  t['../modules/collaborations/models/collaboration.model.js']
                    .CollaborationSchoolModel,
                ],
              },
              partners: {
                type: () => [
                  t['../modules/collaborations/models/collaboration.model.js']
                    .CollaborationPartnerModel,
                ],
              },
              funding: {
                type: () => [
                  t['../modules/collaborations/models/collaboration.model.js'].FundingLineModel,
                ],
              },
              fundingWarnings: {
                type: () => [
                  t['../modules/collaborations/models/collaboration.model.js'].FundingWarningModel,
                ],
              },
              history: {
                type: () => [
                  t['../modules/collaborations/models/collaboration.model.js'].StatusChangeModel,
                ],
              },
              monitoring: {
                type: () => [
                  t['../modules/collaborations/models/collaboration.model.js'].MonitoringModel,
                ],
              },
              contactRequestReference: {
                nullable: true,
                type: () => String,
                description:
                  'Kenmerk van die contactaanvraag (PW-jjjj-nnnnn), zoals in de mails en de inbox',
              },
              canEdit: {
                type: () => Boolean,
                description: 'Of de vrager partij is (wijzigen, monitoring invullen)',
              },
              createdBy: { type: () => String },
              createdAt: { type: () => Date },
              updatedAt: { type: () => Date },
              id: {},
              status: {},
              interventionCodes: {},
              contactRequestId: { nullable: true },
            },
            AgreementThemeModel: { goal: { type: () => String }, interventionCode: {} },
            AgreementModel: {
              municipalityCode: { type: () => String },
              title: { type: () => String },
              startsOn: { type: () => String },
              endsOn: { type: () => String },
              themes: {
                type: () => [
                  t['../modules/collaborations/models/collaboration.model.js'].AgreementThemeModel,
                ],
              },
              updatedAt: { type: () => Date },
              id: {},
            },
            ThemeCollaborationRefModel: {},
            ThemeCoveredSchoolModel: {
              collaborations: {
                type: () => [
                  t['../modules/collaborations/models/collaboration.model.js']
                    .ThemeCollaborationRefModel,
                ],
              },
            },
            ThemeUncoveredSchoolModel: {},
            ThemeCoverageModel: {
              covered: {
                type: () => [
                  t['../modules/collaborations/models/collaboration.model.js']
                    .ThemeCoveredSchoolModel,
                ],
              },
              uncovered: {
                type: () => [
                  t['../modules/collaborations/models/collaboration.model.js']
                    .ThemeUncoveredSchoolModel,
                ],
              },
              notApplicable: {},
            },
            AgreementCoverageModel: {
              agreement: {
                type: () =>
                  t['../modules/collaborations/models/collaboration.model.js'].AgreementModel,
              },
              themes: {
                type: () => [
                  t['../modules/collaborations/models/collaboration.model.js'].ThemeCoverageModel,
                ],
              },
              schools: {},
            },
            ThemeRollupModel: {
              hoursDelivered: { type: () => Number },
              interventionCode: {},
              collaborations: {},
              entries: {},
              pupilsReached: {},
              groupsReached: {},
              sessionsDelivered: {},
              goalsMet: {},
              goalsPartlyMet: {},
              goalsNotMet: {},
              attainmentOpen: {},
            },
            MunicipalityMonitoringModel: {
              municipalityCode: { type: () => String },
              schoolYear: {
                nullable: true,
                type: () => String,
                description: 'null: alle schooljaren',
              },
              themes: {
                type: () => [
                  t['../modules/collaborations/models/collaboration.model.js'].ThemeRollupModel,
                ],
              },
              collaborations: {},
            },
          },
        ],
        [
          import('../modules/collaborations/dto/collaboration.input.js'),
          {
            FundingLineInput: {
              fundName: { nullable: true, type: () => String },
              amountEur: { nullable: true, type: () => Number },
              validFrom: { nullable: true, type: () => String },
              validUntil: { nullable: true, type: () => String },
              routeCode: {},
            },
            CreateCollaborationInput: {
              title: { type: () => String },
              vestigingscodes: {
                type: () => [String],
                description: 'DUO-vestigingscodes (1\u201350)',
              },
              municipalityCode: { nullable: true, type: () => String },
              schoolBoard: { nullable: true, type: () => String },
              goals: { type: () => [String] },
              startsOn: { type: () => String },
              endsOn: { type: () => String },
              funding: {
                nullable: true,
                type: () => [
                  t['../modules/collaborations/dto/collaboration.input.js'].FundingLineInput,
                ],
              },
              contactRequestId: { nullable: true, type: () => String },
              organisationIds: {},
              interventionCodes: {},
              status: { nullable: true },
            },
            UpdateCollaborationInput: {
              collaborationId: { type: () => String },
              title: { nullable: true, type: () => String },
              goals: {
                nullable: true,
                type: () => [String],
                description: 'Vervangt alle doelen (1\u201310)',
              },
              startsOn: { nullable: true, type: () => String },
              endsOn: { nullable: true, type: () => String },
              funding: {
                nullable: true,
                type: () => [
                  t['../modules/collaborations/dto/collaboration.input.js'].FundingLineInput,
                ],
                description: 'Vervangt alle financieringsregels ([] = geen)',
              },
              note: { nullable: true, type: () => String },
            },
            MonitoringInput: {
              collaborationId: { type: () => String },
              schoolYear: { type: () => String },
              pupilsReached: { nullable: true, type: () => Number },
              groupsReached: { nullable: true, type: () => Number },
              sessionsDelivered: { nullable: true, type: () => Number },
              hoursDelivered: { nullable: true, type: () => Number },
              evaluationNote: { nullable: true, type: () => String },
              evidenceUrl: { nullable: true, type: () => String },
              goalAttainment: { nullable: true },
            },
            AgreementThemeInput: { goal: { type: () => String }, interventionCode: {} },
            AgreementInput: {
              id: { nullable: true, type: () => String },
              municipalityCode: { type: () => String },
              title: { type: () => String },
              startsOn: { type: () => String },
              endsOn: { type: () => String },
              themes: {
                type: () => [
                  t['../modules/collaborations/dto/collaboration.input.js'].AgreementThemeInput,
                ],
              },
            },
          },
        ],
        [
          import('../modules/matching/dto/match-partners.input.js'),
          {
            MatchLocationInput: {
              lat: { type: () => Number },
              lng: { type: () => Number },
              municipalityCode: {
                nullable: true,
                type: () => String,
                description:
                  'CBS-code (GMxxxx); leeg = de gemeente van de dichtstbijzijnde actieve school (bijv. voor de locatie van de browser)',
              },
              schoolType: {
                nullable: true,
                type: () => String,
                description: 'BAO, SBO, SO, VSO, SO/VSO of VO',
              },
            },
            NeedInput: { code: {}, weight: {} },
            MatchFiltersInput: {
              verifiedOnly: {
                nullable: true,
                type: () => Boolean,
                description: 'Alleen geverifieerde partners',
              },
              deliveryModes: { nullable: true, type: () => [Object] },
              costTypes: { nullable: true, type: () => [Object] },
              fundingRoutes: { nullable: true, type: () => [Object] },
              maxCostEur: {
                nullable: true,
                type: () => Number,
                description: 'Hoogste prijs in euro',
              },
              maxDistanceKm: {
                nullable: true,
                type: () => Number,
                description: 'Hoogste afstand tot de partner in km',
              },
              hideFull: {
                nullable: true,
                type: () => Boolean,
                description: 'Aanbod zonder plaats dit schooljaar weglaten',
              },
              languages: { nullable: true, type: () => [String] },
            },
            MatchPartnersInput: {
              vestigingscode: { nullable: true, type: () => String },
              location: {
                nullable: true,
                type: () => t['../modules/matching/dto/match-partners.input.js'].MatchLocationInput,
              },
              groepMin: { nullable: true, type: () => Number },
              groepMax: { nullable: true, type: () => Number },
              targetGroups: { nullable: true, type: () => [Object] },
              filters: {
                nullable: true,
                type: () => t['../modules/matching/dto/match-partners.input.js'].MatchFiltersInput,
              },
              needs: {},
              sort: {},
              offset: {},
              limit: {},
            },
          },
        ],
        [
          import('../modules/matching/models/match-outcome.model.js'),
          {
            MatchReasonModel: {
              text: {
                type: () => String,
                description:
                  'De Nederlandse zin bij code en params, uit de Nederlandse catalogus; voor clients zonder catalogus en voor codes die een client nog niet kent',
              },
              code: {},
              params: {},
            },
            ScorePartsModel: {
              needs: { type: () => Number },
              evidence: { type: () => Number },
              locality: { type: () => Number },
              freshness: { type: () => Number },
              verified: { type: () => Number },
            },
            MatchedAreaModel: {
              label: { nullable: true, type: () => String },
              areaId: {},
              kind: {},
            },
            PartnerMatchModel: {
              score: { type: () => Number, description: '0\u2013100' },
              scoreParts: {
                type: () => t['../modules/matching/models/match-outcome.model.js'].ScorePartsModel,
              },
              reasons: {
                type: () => [
                  t['../modules/matching/models/match-outcome.model.js'].MatchReasonModel,
                ],
              },
              distanceKm: {
                nullable: true,
                type: () => Number,
                description: 'Afstand school \u2194 partner in km',
              },
              matchedArea: {
                type: () => t['../modules/matching/models/match-outcome.model.js'].MatchedAreaModel,
                description: 'Het meest lokale werkgebied dat de school omvat',
              },
              full: { type: () => Boolean, description: 'Geen plaats meer dit schooljaar' },
              organisationId: {},
              needsMet: {},
            },
            MatchBundleModel: { offeringIds: {}, needsCovered: {} },
            MatchPartnersResultModel: {
              school: {
                nullable: true,
                type: () => t['../modules/schools/models/school.model.js'].SchoolModel,
              },
              location: { type: () => t['../common/graphql/geo-point.model.js'].GeoPointModel },
              municipalityCode: { type: () => String },
              matches: {
                type: () => [
                  t['../modules/matching/models/match-outcome.model.js'].PartnerMatchModel,
                ],
              },
              languages: {
                type: () => [String],
                description:
                  'De talen (ISO-codes) van alle matches zonder taalfilter: waaruit een taalfilter kan kiezen',
              },
              bundle: {
                type: () => t['../modules/matching/models/match-outcome.model.js'].MatchBundleModel,
              },
              uncoveredText: {
                nullable: true,
                type: () => String,
                description: 'Bijvoorbeeld: geen aanbod gevonden voor: ouderbetrokkenheid',
              },
              totalMatches: {},
              uncoveredNeeds: {},
            },
          },
        ],
        [
          import('../modules/municipality-view/models/coverage.model.js'),
          {
            InterventionTypeColumnBase: { interventionType: {} },
            CoverageCellModel: { offerings: {}, verified: {}, local: {}, status: {} },
            SchoolRowBase: {
              vestigingscode: { type: () => String },
              name: { type: () => String },
              schoolType: { type: () => String },
              location: { type: () => t['../common/graphql/geo-point.model.js'].GeoPointModel },
              sector: {},
            },
            SchoolCoverageRowModel: {
              cells: {
                type: () => [
                  t['../modules/municipality-view/models/coverage.model.js'].CoverageCellModel,
                ],
                description: 'In de volgorde van interventionCodes',
              },
              typesApplicable: {},
              typesCovered: {},
              typesCoveredLocally: {},
            },
            CoverageColumnTotalModel: {
              gapSchools: {},
              onlyNationalSchools: {},
              localSchools: {},
              notApplicableSchools: {},
            },
            MunicipalityCoverageModel: {
              municipality: {
                type: () => t['../modules/regions/models/municipality.model.js'].MunicipalityModel,
              },
              schools: {
                type: () => [
                  t['../modules/municipality-view/models/coverage.model.js'].SchoolCoverageRowModel,
                ],
              },
              totals: {
                type: () => [
                  t['../modules/municipality-view/models/coverage.model.js']
                    .CoverageColumnTotalModel,
                ],
              },
              sector: { nullable: true },
              interventionCodes: {},
              fundingRoutes: {},
            },
            CoverageShareModel: {
              share: {
                nullable: true,
                type: () => Number,
                description:
                  'Aandeel 0\u20131 van de scholen waarvoor het geldt; null zonder zulke scholen',
              },
              schoolsApplicable: {},
              schoolsWithLocal: {},
            },
            MunicipalityCoverageSummaryModel: {
              municipalityCode: { type: () => String },
              municipalityName: { type: () => String },
              provinceCode: { type: () => String },
              shares: {
                type: () => [
                  t['../modules/municipality-view/models/coverage.model.js'].CoverageShareModel,
                ],
                description: 'In de volgorde van interventionCodes',
              },
              schools: {},
            },
            CoverageSummaryTotalModel: {
              share: {
                nullable: true,
                type: () => Number,
                description: 'Aandeel 0\u20131; null zonder scholen',
              },
              schools: {},
            },
            CoverageSummaryModel: {
              provinceCode: { nullable: true, type: () => String },
              municipalities: {
                type: () => [
                  t['../modules/municipality-view/models/coverage.model.js']
                    .MunicipalityCoverageSummaryModel,
                ],
              },
              totals: {
                type: () => [
                  t['../modules/municipality-view/models/coverage.model.js']
                    .CoverageSummaryTotalModel,
                ],
                description:
                  'Per interventiesoort over alle gemeenten hierboven (provincie of land)',
              },
              level: {},
              sector: { nullable: true },
              interventionCodes: {},
            },
          },
        ],
        [
          import('../modules/municipality-view/models/local-offering.model.js'),
          {
            LocalOfferingModel: {
              organisationName: { type: () => String },
              verified: { type: () => Boolean, description: 'De partner is geverifieerd' },
              alsoNational: {
                type: () => Boolean,
                description: 'Het aanbod heeft daarnaast een landelijk werkgebied',
              },
              offeringId: {},
              schoolsReached: {},
            },
            MunicipalityOfferingAreasModel: {
              municipalityCode: { type: () => String },
              offerings: {
                type: () => [
                  t['../modules/municipality-view/models/local-offering.model.js']
                    .LocalOfferingModel,
                ],
                description: 'Hoogstens `limit`, de meeste bereikte scholen eerst, dan op titel',
              },
              sector: { nullable: true },
              interventionType: { nullable: true },
              fundingRoutes: {},
              totalCount: {},
              nationalOnlyCount: {},
            },
          },
        ],
        [
          import('../modules/indicators/models/school-indicator.model.js'),
          {
            SchoolIndicatorModel: {
              vestigingscode: { type: () => String },
              period: {
                type: () => String,
                description: 'Schooljaar 2023-2024, drie schooljaren 2021-2024 of jaar 2019',
              },
              isAverage: { type: () => Boolean, description: 'Driejaarsgemiddelde' },
              value: { type: () => Number },
              spread: {
                nullable: true,
                type: () => Number,
                description: 'Spreiding binnen de school (schoolweging)',
              },
              valueWithoutThreshold: {
                nullable: true,
                type: () => Number,
                description: 'CBS: score zonder drempel',
              },
              valueLowerGrades: {
                nullable: true,
                type: () => Number,
                description: 'CBS: zonder drempel, onderbouw',
              },
              valueUpperGrades: {
                nullable: true,
                type: () => Number,
                description: 'CBS: zonder drempel, bovenbouw',
              },
              unreliable: {
                type: () => Boolean,
                description: 'CBS: onvoldoende betrouwbaar (40 leerlingen of minder)',
              },
              sourcePublisher: { type: () => String },
              sourceFile: { type: () => String },
              sourceKey: {
                nullable: true,
                type: () => String,
                description: 'Sleutel in het bronbestand (OVT of vestigingscode)',
              },
              sourceName: {
                nullable: true,
                type: () => String,
                description: 'Naam van de school in het bronbestand',
              },
              note: {
                nullable: true,
                type: () => String,
                description: 'Toelichting bij een handmatige waarde',
              },
              importedAt: {
                type: () => Date,
                description: 'Wanneer de waarde voor het laatst veranderde',
              },
              kind: {},
              pupils: { nullable: true },
              joinMethod: {},
              sourceRow: { nullable: true },
            },
            SchoolIndicatorsModel: {
              vestigingscode: { type: () => String },
              schoolweging: {
                nullable: true,
                type: () =>
                  t['../modules/indicators/models/school-indicator.model.js'].SchoolIndicatorModel,
                description:
                  'Nieuwste schoolweging (bij gelijke eindjaren het driejaarsgemiddelde)',
              },
              achterstandsscore: {
                nullable: true,
                type: () =>
                  t['../modules/indicators/models/school-indicator.model.js'].SchoolIndicatorModel,
                description: 'Nieuwste achterstandsscore',
              },
              all: {
                type: () => [
                  t['../modules/indicators/models/school-indicator.model.js'].SchoolIndicatorModel,
                ],
                description: 'Alle opgeslagen waarden',
              },
            },
          },
        ],
        [
          import('../modules/school-needs/models/school-needs-profile.model.js'),
          {
            SchoolNeedItemModel: {
              note: {
                nullable: true,
                type: () => String,
                description: 'Korte toelichting; nooit leerlinggegevens',
              },
              interventionCode: {},
              priority: {},
              groups: {},
            },
            SchoolNeedsProfileModel: {
              vestigingscode: { type: () => String },
              schoolYear: { type: () => String, description: 'Schooljaar, bv. 2026-2027' },
              visibleToPartners: {
                type: () => Boolean,
                description:
                  'De school kiest ervoor dat partners de soorten hulp en prioriteiten (zonder toelichting) als vraag zien',
              },
              items: {
                type: () => [
                  t['../modules/school-needs/models/school-needs-profile.model.js']
                    .SchoolNeedItemModel,
                ],
              },
              updatedAt: { type: () => Date },
            },
            SchoolNeedDefaultModel: {
              weight: {
                type: () => Number,
                description:
                  'Gewicht in de match, uit de behoefteformule: HIGH 1, MEDIUM 0,6, LOW 0,3',
              },
              groups: {},
            },
            SchoolNeedsDefaultsModel: {
              vestigingscode: { type: () => String },
              schoolYear: { type: () => String },
              published: {
                type: () => Boolean,
                description: 'Waar: de school heeft het profiel zichtbaar gemaakt voor partners',
              },
              items: {
                type: () => [
                  t['../modules/school-needs/models/school-needs-profile.model.js']
                    .SchoolNeedDefaultModel,
                ],
              },
            },
          },
        ],
        [
          import('../modules/school-needs/models/offering-demand.model.js'),
          {
            DemandNeedModel: {
              need: {
                type: () => Number,
                description: 'Gewogen behoefte (geschat aantal leerlingen, 0,1)',
              },
              unmet: {
                type: () => Number,
                description:
                  'Het deel dat nog niet vervuld is (behoefte \u00D7 (1 \u2212 dekking))',
              },
              met: {
                type: () => String,
                description:
                  'Hoe de school nu bereikt wordt door ander aanbod: LOCAL, ONLY_NATIONAL of NONE (behoefteformule)',
              },
              source: {
                type: () => String,
                description:
                  'Waar de behoefte op rust: PROFILE (de school maakte haar profiel zichtbaar), SCHOOLWEGING, ACHTERSTANDSSCORE of DEFAULT (schatting)',
              },
              interventionCode: {},
              priority: { nullable: true },
            },
            DemandSchoolModel: {
              vestigingscode: { type: () => String },
              name: { type: () => String },
              city: { type: () => String },
              municipalityCode: { type: () => String },
              inArea: {
                type: () => Boolean,
                description: 'Binnen het werkgebied (anders: net erbuiten)',
              },
              distanceKm: {
                nullable: true,
                type: () => Number,
                description:
                  'Net buiten het werkgebied: afstand tot de dichtstbijzijnde school erin (km)',
              },
              unmetNeed: {
                type: () => Number,
                description: 'Som van de onvervulde gewogen behoeften',
              },
              needs: {
                type: () => [
                  t['../modules/school-needs/models/offering-demand.model.js'].DemandNeedModel,
                ],
              },
            },
            OfferingDemandModel: {
              schoolYear: { type: () => String },
              nearKm: {
                type: () => Number,
                description: 'Net buiten het werkgebied = binnen zoveel km van een school erin',
              },
              schools: {
                type: () => [
                  t['../modules/school-needs/models/offering-demand.model.js'].DemandSchoolModel,
                ],
                description: 'De grootste onvervulde behoefte eerst',
              },
              offeringId: {},
              schoolsInArea: {},
              schoolsNearby: {},
            },
          },
        ],
        [
          import('../modules/school-needs/dto/set-school-needs-profile.input.js'),
          {
            SchoolNeedItemInput: {
              note: { nullable: true, type: () => String },
              groups: { nullable: true },
            },
            SetSchoolNeedsProfileInput: {
              vestigingscode: { type: () => String },
              schoolYear: { nullable: true, type: () => String },
              visibleToPartners: {
                type: () => Boolean,
                description: 'Zichtbaar voor partners als vraag (zonder toelichtingen)',
              },
              items: {
                type: () => [
                  t['../modules/school-needs/dto/set-school-needs-profile.input.js']
                    .SchoolNeedItemInput,
                ],
              },
            },
          },
        ],
        [
          import('../modules/municipality-view/models/coalition.model.js'),
          {
            CollaborationModel: {
              organisationName: { type: () => String },
              status: { type: () => String, description: 'ACCEPTED, IN_CONVERSATION of STARTED' },
              since: { type: () => Date },
              updatedAt: { type: () => Date },
              id: {},
            },
            SchoolCoalitionsModel: {
              vestigingscode: { type: () => String },
              schoolName: { type: () => String },
              collaborations: {
                type: () => [
                  t['../modules/municipality-view/models/coalition.model.js'].CollaborationModel,
                ],
              },
              partners: {},
            },
            PartnerCoalitionsModel: {
              organisationName: { type: () => String },
              collaborations: {
                type: () => [
                  t['../modules/municipality-view/models/coalition.model.js'].CollaborationModel,
                ],
              },
              organisationId: {},
              schools: {},
            },
            MunicipalityCoalitionsModel: {
              municipalityCode: { type: () => String },
              collaborations: {
                type: () => [
                  t['../modules/municipality-view/models/coalition.model.js'].CollaborationModel,
                ],
              },
              bySchool: {
                type: () => [
                  t['../modules/municipality-view/models/coalition.model.js'].SchoolCoalitionsModel,
                ],
              },
              byPartner: {
                type: () => [
                  t['../modules/municipality-view/models/coalition.model.js']
                    .PartnerCoalitionsModel,
                ],
              },
            },
          },
        ],
        [
          import('../modules/municipality-view/models/needs.model.js'),
          {
            NeedCellModel: {
              need: {
                type: () => Number,
                description: 'Geschatte behoefte (leerlingen); 0 bij n.v.t.',
              },
              unmet: {
                type: () => Number,
                description: 'Onvervulde behoefte: behoefte \u00D7 (1 \u2212 dekking)',
              },
              status: {},
            },
            SchoolNeedRowModel: {
              intensity: {
                type: () => Number,
                description: 'Intensiteit 0\u20131 (bij een profiel: 0, zie de cellen)',
              },
              cells: {
                type: () => [t['../modules/municipality-view/models/needs.model.js'].NeedCellModel],
                description: 'In taxonomievolgorde',
              },
              pupils: { nullable: true },
              source: {},
            },
            ThemeNeedModel: {
              share: {
                nullable: true,
                type: () => Number,
                description: 'Gedekt aandeel 0\u20131; null zonder behoefte',
              },
              schoolsWithUnmet: {},
            },
            NeedShareModel: {
              label: { type: () => String },
              need: { type: () => Number },
              met: { type: () => Number },
              share: { nullable: true, type: () => Number },
              shareByType: {
                type: () => [Number],
                description:
                  'Gedekt aandeel per interventiesoort (taxonomievolgorde); -1 zonder behoefte',
              },
            },
            SimilarMunicipalityModel: {
              code: { type: () => String },
              name: { type: () => String },
              distance: {
                type: () => Number,
                description: 'Afstand op (gemiddelde intensiteit, log leerlingen)',
              },
              share: { nullable: true, type: () => Number },
              meanIntensity: {
                type: () => Number,
                description: 'Gemiddelde intensiteit (indicatoren) van de scholen',
              },
              pupils: {},
            },
            NeedComparisonModel: {
              own: {
                type: () => t['../modules/municipality-view/models/needs.model.js'].NeedShareModel,
              },
              province: {
                type: () => t['../modules/municipality-view/models/needs.model.js'].NeedShareModel,
              },
              national: {
                type: () => t['../modules/municipality-view/models/needs.model.js'].NeedShareModel,
              },
              similar: {
                type: () => t['../modules/municipality-view/models/needs.model.js'].NeedShareModel,
                description: 'De vergelijkbare gemeenten samen',
              },
              similarMunicipalities: {
                type: () => [
                  t['../modules/municipality-view/models/needs.model.js'].SimilarMunicipalityModel,
                ],
              },
              similarRuleNl: {
                type: () => String,
                description: 'Hoe vergelijkbare gemeenten zijn gekozen',
              },
              similarRuleEn: {
                type: () => String,
                description: 'How similar municipalities are chosen (English)',
              },
            },
            MunicipalityNeedsModel: {
              municipality: {
                type: () => t['../modules/regions/models/municipality.model.js'].MunicipalityModel,
              },
              schoolYear: {
                type: () => String,
                description: 'Schooljaar van de behoefteprofielen',
              },
              allProfiles: {
                type: () => Boolean,
                description:
                  'true: alle behoefteprofielen telden mee (beleidsmedewerker, beheerder); false: alleen profielen die de school openbaar maakte',
              },
              schools: {
                type: () => [
                  t['../modules/municipality-view/models/needs.model.js'].SchoolNeedRowModel,
                ],
                description: 'Grootste onvervulde behoefte eerst',
              },
              themes: {
                type: () => [
                  t['../modules/municipality-view/models/needs.model.js'].ThemeNeedModel,
                ],
                description: 'Grootste onvervulde behoefte eerst',
              },
              share: { nullable: true, type: () => Number },
              comparison: {
                type: () =>
                  t['../modules/municipality-view/models/needs.model.js'].NeedComparisonModel,
              },
              formulaNl: {
                type: () => [String],
                description: '"Hoe wordt dit berekend?" (Nederlands)',
              },
              formulaEn: { type: () => [String], description: '"How is this computed?" (English)' },
              sector: { nullable: true },
              interventionCodes: {},
              fundingRoutes: {},
            },
            NeedStepModel: {
              code: { type: () => String },
              textNl: { type: () => String },
              textEn: { type: () => String },
            },
            NeedExplanationModel: {
              vestigingscode: { type: () => String },
              need: { type: () => Number },
              unmet: { type: () => Number },
              steps: {
                type: () => [t['../modules/municipality-view/models/needs.model.js'].NeedStepModel],
              },
              source: {},
            },
          },
        ],
        [
          import('../modules/municipality-view/models/scenario.model.js'),
          {
            ScenarioPointInput: {},
            ScenarioCandidateInput: {
              title: {
                nullable: true,
                type: () => String,
                description: 'Nodig voor een geschetst aanbod',
              },
              center: {
                nullable: true,
                type: () =>
                  t['../modules/municipality-view/models/scenario.model.js'].ScenarioPointInput,
              },
              radiusKm: {
                nullable: true,
                type: () => Number,
                description: 'Straal in km rond center (0,1\u2013100)',
              },
              vestigingscodes: {
                nullable: true,
                type: () => [String],
                description: 'Alleen deze scholen (vestigingscodes)',
              },
              costEur: {
                nullable: true,
                type: () => Number,
                description: 'Kosten in euro (0\u20131.000.000.000)',
              },
              offeringId: { nullable: true },
              interventionCodes: { nullable: true },
              interventionTypes: { nullable: true },
              capacitySchools: { nullable: true },
            },
            ScenarioInput: {
              code: { type: () => String, description: 'CBS-gemeentecode' },
              name: {
                nullable: true,
                type: () => String,
                description: 'Naam om te bewaren (1\u2013120 tekens)',
              },
              budget: {
                type: () => Number,
                description: 'Aantal aanbiedingen (1\u201350) of euro\u2019s (> 0)',
              },
              candidates: {
                type: () => [
                  t['../modules/municipality-view/models/scenario.model.js'].ScenarioCandidateInput,
                ],
                description: '1\u2013500 kandidaten',
              },
              budgetKind: {},
            },
            ScenarioStepModel: {
              label: { type: () => String },
              gain: {
                type: () => Number,
                description: 'Onvervulde behoefte die deze stap dekt, na de stappen ervoor',
              },
              cumulative: { type: () => Number },
              costEur: { nullable: true, type: () => Number },
              candidateIndex: {},
              interventionCodes: {},
              schoolsReached: {},
            },
            ScenarioResultModel: {
              guarantee: {
                type: () => Number,
                description: 'Bewezen deel van het best mogelijke (1 bij EXACT)',
              },
              modeTextNl: {
                type: () => String,
                description: 'Welke methode en wat dat betekent, in woorden',
              },
              value: { type: () => Number, description: 'Gedekte onvervulde behoefte' },
              unmetBefore: { type: () => Number },
              unmetAfter: { type: () => Number },
              shareBefore: {
                nullable: true,
                type: () => Number,
                description: 'Gedekt aandeel van de gewogen behoefte, vooraf',
              },
              shareAfter: { nullable: true, type: () => Number, description: 'En na dit scenario' },
              spentEur: { nullable: true, type: () => Number },
              steps: {
                type: () => [
                  t['../modules/municipality-view/models/scenario.model.js'].ScenarioStepModel,
                ],
              },
              mode: {},
              candidates: {},
            },
            ScenarioModel: {
              municipalityCode: { type: () => String },
              name: { type: () => String },
              budget: { type: () => Number },
              result: {
                type: () =>
                  t['../modules/municipality-view/models/scenario.model.js'].ScenarioResultModel,
              },
              createdByLabel: { type: () => String },
              createdAt: { type: () => Date },
              id: {},
              budgetKind: {},
            },
          },
        ],
        [
          import('../modules/search/dto/search-offerings.input.js'),
          {
            SearchFiltersInput: {
              interventionCodes: { nullable: true, type: () => [Object] },
              interventionTypes: { nullable: true, type: () => [Object] },
              sectors: { nullable: true, type: () => [Object] },
              targetGroups: { nullable: true, type: () => [Object] },
              deliveryModes: { nullable: true, type: () => [Object] },
              costTypes: { nullable: true, type: () => [Object] },
              organisationTypes: { nullable: true, type: () => [Object] },
              verifiedOnly: { nullable: true, type: () => Boolean },
              fundingRoutes: { nullable: true, type: () => [Object] },
              languages: { nullable: true, type: () => [String] },
            },
            SearchOfferingsInput: {
              vestigingscode: { nullable: true, type: () => String },
              filters: {
                nullable: true,
                type: () => t['../modules/search/dto/search-offerings.input.js'].SearchFiltersInput,
              },
              near: {
                nullable: true,
                type: () => t['../common/graphql/geo-point.input.js'].GeoPointInput,
              },
              text: {},
              sort: {},
              offset: {},
              limit: {},
            },
          },
        ],
        [
          import('../modules/app-info/models/app-info.model.js'),
          {
            MapSettingsModel: {
              tileUrl: {
                nullable: true,
                type: () => String,
                description: 'Tegel-URL met {z}/{x}/{y}; leeg = kaart zonder achtergrond',
              },
              attribution: { type: () => String },
            },
            DataSourceCreditModel: {
              name: { type: () => String },
              description: { type: () => String },
              licence: { type: () => String },
              url: { nullable: true, type: () => String },
            },
            AppInfoModel: {
              version: { type: () => String },
              demoData: {
                type: () => Boolean,
                description: 'Of er voorbeelddata in de database staan',
              },
              map: {
                type: () => t['../modules/app-info/models/app-info.model.js'].MapSettingsModel,
              },
              sources: {
                type: () => [
                  t['../modules/app-info/models/app-info.model.js'].DataSourceCreditModel,
                ],
              },
            },
          },
        ],
        [
          import('../modules/geocoding/models/place.model.js'),
          {
            PlaceModel: {
              label: {
                type: () => String,
                description: 'Zoals de geocoder hem noemt, bijv. "Broersvest 5, 3111EA Schiedam"',
              },
              location: { type: () => t['../common/graphql/geo-point.model.js'].GeoPointModel },
              municipalityCode: {
                nullable: true,
                type: () => String,
                description: 'CBS-code (GMxxxx), als bekend',
              },
              postcode: { nullable: true, type: () => String },
              kind: {},
            },
            GeocodeResultModel: {
              places: { type: () => [t['../modules/geocoding/models/place.model.js'].PlaceModel] },
              geocoderAvailable: {
                type: () => Boolean,
                description:
                  'Of de geocoder antwoordde; false = alleen gemeentemiddelpunten (kies anders het punt op de kaart)',
              },
            },
          },
        ],
        [
          import('../modules/search/models/search-result.model.js'),
          {
            HighlightSegmentModel: { text: { type: () => String }, match: { type: () => Boolean } },
            SearchHighlightModel: {
              field: { type: () => String, description: 'title, organisationName of description' },
              segments: {
                type: () => [
                  t['../modules/search/models/search-result.model.js'].HighlightSegmentModel,
                ],
              },
            },
            SearchHitModel: {
              highlights: {
                type: () => [
                  t['../modules/search/models/search-result.model.js'].SearchHighlightModel,
                ],
              },
              distanceKm: { nullable: true, type: () => Number },
              reasons: {
                type: () => [
                  t['../modules/matching/models/match-outcome.model.js'].MatchReasonModel,
                ],
                description: 'Waarom dit aanbod de school bereikt (alleen met een school)',
              },
            },
            FacetValueModel: { value: { type: () => String }, count: {} },
            FacetModel: {
              field: { type: () => String },
              values: {
                type: () => [t['../modules/search/models/search-result.model.js'].FacetValueModel],
              },
            },
            SearchOfferingsResultModel: {
              hits: {
                type: () => [t['../modules/search/models/search-result.model.js'].SearchHitModel],
              },
              facets: {
                type: () => [t['../modules/search/models/search-result.model.js'].FacetModel],
              },
              engine: { type: () => String, description: 'embedded of meilisearch' },
              total: {},
            },
          },
        ],
        [
          import('../modules/saved-searches/dto/saved-search.inputs.js'),
          {
            SaveSearchInput: {
              vestigingscode: { type: () => String },
              groepMin: { nullable: true, type: () => Number },
              groepMax: { nullable: true, type: () => Number },
              filters: {
                nullable: true,
                type: () => t['../modules/matching/dto/match-partners.input.js'].MatchFiltersInput,
              },
              needs: {},
              targetGroups: { nullable: true },
              frequency: {},
            },
            SubscribeMunicipalityAlertsInput: {
              municipalityCode: { type: () => String },
              frequency: {},
            },
          },
        ],
        [
          import('../modules/saved-searches/models/saved-search.model.js'),
          {
            SavedSearchFiltersModel: {
              verifiedOnly: { nullable: true, type: () => Boolean },
              maxCostEur: { nullable: true, type: () => Number },
              maxDistanceKm: { nullable: true, type: () => Number },
              hideFull: { nullable: true, type: () => Boolean },
              languages: { nullable: true, type: () => [String], description: 'Talen (ISO-codes)' },
              deliveryModes: { nullable: true },
              costTypes: { nullable: true },
              fundingRoutes: { nullable: true },
            },
            SavedSearchModel: {
              vestigingscode: { nullable: true, type: () => String },
              schoolName: { nullable: true, type: () => String },
              municipalityCode: { nullable: true, type: () => String },
              municipalityName: { nullable: true, type: () => String },
              filters: {
                type: () =>
                  t['../modules/saved-searches/models/saved-search.model.js']
                    .SavedSearchFiltersModel,
              },
              description: {
                type: () => String,
                description: 'Korte omschrijving in het Nederlands',
              },
              createdAt: { type: () => Date },
              nextDigestAt: {
                type: () => Date,
                description: 'Wanneer de volgende samenvatting op zijn vroegst komt',
              },
              lastDigestAt: { nullable: true, type: () => Date },
              id: {},
              kind: {},
              needs: {},
              groepMin: { nullable: true },
              groepMax: { nullable: true },
              targetGroups: {},
              frequency: {},
            },
            UnsubscribeLinkModel: {
              description: { type: () => String },
              unsubscribed: { type: () => Boolean, description: 'Al afgemeld' },
              frequency: {},
            },
          },
        ],
        [
          import('../modules/indicators/dto/set-school-indicator.input.js'),
          {
            SetSchoolIndicatorInput: {
              vestigingscode: { type: () => String },
              period: { type: () => String },
              value: { type: () => Number },
              spread: { nullable: true, type: () => Number },
              sourceKey: { nullable: true, type: () => String },
              note: {
                nullable: true,
                type: () => String,
                description: 'Waarom (hoogstens 500 tekens)',
              },
              kind: {},
              pupils: { nullable: true },
            },
          },
        ],
        [
          import('../modules/geocoding/dto/geocode.args.js'),
          {
            GeocodeArgs: {
              query: {
                type: () => String,
                description:
                  'Adres, postcode of plaats, bijv. "Broersvest 5 Schiedam" of "3111 EA"',
              },
            },
          },
        ],
      ],
    },
  };
};
