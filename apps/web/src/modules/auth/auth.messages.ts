import type { OrganisationStatus, Role } from '../../generated/graphql';
import { REQUIRED_TEXT } from '../../shared/forms/required-text';

// Texts for logging in, registering, passwords, the account menu and role-protected pages.
export const authNl = {
  roles: {
    ADMIN: 'beheerder',
    PARTNER_EDITOR: 'partner',
    SCHOOL_STAFF: 'schoolmedewerker',
    MUNICIPALITY_OFFICER: 'gemeentemedewerker',
  } satisfies Record<Role, string>,
  menu: {
    label: 'Account',
    signedInAs: (email: string, role: string): string => `Ingelogd als ${email} (${role})`,
    login: 'Inloggen',
    register: 'Partner aanmelden',
    logout: 'Uitloggen',
    portal: 'Portaal',
    admin: 'Beheer',
    mySchool: 'Mijn school',
    municipality: 'Mijn gemeente',
  },
  form: {
    required: REQUIRED_TEXT.nl,
    invalidEmail: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@organisatie.nl.',
    summaryHeading: 'Er is een probleem',
    fixFields: 'Controleer de gemarkeerde velden.',
    optional: '(optioneel)',
    passwordTooShort: (n: number): string => `Gebruik minstens ${n} tekens.`,
    passwordMismatch: 'De twee wachtwoorden zijn niet gelijk.',
    failed: 'Dat is niet gelukt.',
    emailTaken:
      'Er is al een account met dit e-mailadres. Log in, of vraag een nieuw wachtwoord aan.',
    rateLimited: (seconds: number): string =>
      seconds >= 120
        ? `Te veel pogingen kort na elkaar. Probeer het over ${Math.ceil(seconds / 60)} minuten opnieuw.`
        : `Te veel pogingen kort na elkaar. Probeer het over ${seconds} seconden opnieuw.`,
  },
  login: {
    pageTitle: 'Inloggen — Partnerwijzer',
    heading: 'Inloggen',
    intro: 'Voor partners, scholen, gemeenten en beheerders met een account.',
    email: 'E-mailadres',
    password: 'Wachtwoord',
    submit: 'Inloggen',
    submitting: 'Bezig met inloggen…',
    badCredentials: 'Onjuist e-mailadres of wachtwoord.',
    rateLimited: (seconds: number): string =>
      seconds >= 120
        ? `Te veel mislukte pogingen. Probeer het over ${Math.ceil(seconds / 60)} minuten opnieuw.`
        : `Te veel mislukte pogingen. Probeer het over ${seconds} seconden opnieuw.`,
    forgot: 'Wachtwoord vergeten?',
    noAccount: 'Nog geen account? Partnerorganisaties kunnen zich zelf aanmelden:',
    registerLink: 'meld uw organisatie aan',
    alreadySignedIn: (email: string): string => `U bent al ingelogd als ${email}.`,
    continue: 'Verder',
  },
  logout: {
    pageTitle: 'Uitloggen — Partnerwijzer',
    heading: 'Uitloggen',
    busy: 'Bezig met uitloggen…',
    done: 'U bent uitgelogd.',
    failed: 'Uitloggen is niet gelukt.',
    again: 'Opnieuw inloggen',
  },
  register: {
    pageTitle: 'Partner aanmelden — Partnerwijzer',
    heading: 'Meld uw organisatie aan',
    intro:
      'Biedt uw organisatie iets voor scholen? Meld u aan. Een beheerder controleert uw aanmelding; daarna staat uw organisatie als geverifieerde partner in Partnerwijzer.',
    organisationSection: 'Organisatie',
    accountSection: 'Uw account',
    organisationName: 'Naam van de organisatie',
    kvkNumber: 'KvK-nummer',
    kvkHint: '8 cijfers, zoals op het uittreksel van de Kamer van Koophandel.',
    kvkInvalid: 'Een KvK-nummer bestaat uit 8 cijfers.',
    city: 'Plaats',
    phone: 'Telefoonnummer voor contact',
    phoneHint: 'Scholen zien dit nummer bij uw aanbod.',
    email: 'E-mailadres',
    emailHint: 'Hiermee logt u in. Hier komen ook de contactverzoeken van scholen binnen.',
    password: 'Wachtwoord',
    passwordHint: (n: number): string =>
      `Minstens ${n} tekens. Een zin van een paar woorden werkt goed.`,
    passwordRepeat: 'Herhaal het wachtwoord',
    submit: 'Aanmelden',
    submitting: 'Bezig met aanmelden…',
    duplicateKvk: 'Deze organisatie staat er al — vraag toegang aan de beheerder.',
    doneHeading: 'Uw aanmelding is ontvangen',
    doneBody: (name: string): string =>
      `${name} wacht op verificatie door een beheerder. U bent ingelogd en kunt in het portaal alvast uw gegevens en aanbod invullen; scholen zien uw organisatie zodra zij is geverifieerd.`,
    statusLabel: 'Status van uw organisatie',
    toPortal: 'Naar het portaal',
    alreadySignedIn: (email: string): string =>
      `U bent ingelogd als ${email}. Log eerst uit om een andere organisatie aan te melden.`,
    haveAccount: 'Heeft u al een account?',
    sentHeading: 'Controleer uw e-mail',
    sentBody: (email: string, hours: number): string =>
      `We hebben een mail gestuurd naar ${email}. Volg de link in die mail om uw aanmelding af te ronden; de link is ${hours} uur geldig. Pas daarna bestaan uw organisatie en account. Geen mail gekregen? Kijk in uw map met ongewenste mail.`,
    sentAccount:
      'Heeft u met dit adres al een account? Dan staat in de mail hoe u inlogt of een nieuw wachtwoord instelt.',
    sentToLogin: 'Naar inloggen',
  },
  confirm: {
    pageTitle: 'Aanmelding afronden — Partnerwijzer',
    heading: 'Aanmelding afronden',
    intro: 'Rond uw aanmelding af. Dan maken we uw organisatie en account aan en bent u ingelogd.',
    submit: 'Aanmelding afronden',
    submitting: 'Bezig met afronden…',
    missingToken:
      'Deze link is niet compleet. Open de link uit de mail opnieuw, of meld u opnieuw aan.',
    invalidToken:
      'Deze link is ongeldig, verlopen of al gebruikt. Meld u opnieuw aan; heeft u de aanmelding al afgerond, log dan in.',
    again: 'Opnieuw aanmelden',
  },
  organisationStatus: {
    DRAFT: 'afgewezen of nog niet ingediend',
    PENDING: 'wacht op verificatie',
    VERIFIED: 'geverifieerd',
    SUSPENDED: 'opgeschort',
  } satisfies Record<OrganisationStatus, string>,
  forgot: {
    pageTitle: 'Wachtwoord vergeten — Partnerwijzer',
    heading: 'Wachtwoord vergeten',
    intro:
      'Vul uw e-mailadres in. Hoort er een account bij, dan sturen we u een link waarmee u een nieuw wachtwoord instelt.',
    email: 'E-mailadres',
    submit: 'Stuur mij een link',
    submitting: 'Bezig met versturen…',
    sentHeading: 'Kijk in uw mail',
    sentBody: (email: string): string =>
      `Als er een account is voor ${email}, is er nu een mail onderweg met een link. De link is 1 uur geldig. Geen mail gekregen? Kijk in uw map met ongewenste mail.`,
    back: 'Terug naar inloggen',
  },
  reset: {
    pageTitle: 'Nieuw wachtwoord — Partnerwijzer',
    heading: 'Nieuw wachtwoord instellen',
    welcomeHeading: 'Welkom bij Partnerwijzer',
    intro: 'Kies een nieuw wachtwoord. Daarna logt u op elk apparaat opnieuw in.',
    welcomeIntro: 'Er is een account voor u aangemaakt. Kies een wachtwoord om het te gebruiken.',
    password: 'Nieuw wachtwoord',
    repeat: 'Herhaal het nieuwe wachtwoord',
    submit: 'Wachtwoord opslaan',
    submitting: 'Bezig met opslaan…',
    missingToken: 'Deze link is niet compleet. Vraag een nieuwe link aan.',
    invalidToken: 'Deze link is ongeldig of verlopen. Vraag een nieuwe link aan.',
    requestNew: 'Nieuwe link aanvragen',
    doneHeading: 'Uw wachtwoord is ingesteld',
    doneBody: 'U kunt nu inloggen met uw nieuwe wachtwoord.',
    toLogin: 'Naar inloggen',
  },
  gate: {
    loading: 'Bezig met nagaan of u bent ingelogd…',
    loginHeading: 'Log in om verder te gaan',
    loginBody: 'Deze pagina is alleen voor ingelogde gebruikers.',
    loginLink: 'Inloggen',
    forbiddenHeading: 'Geen toegang',
    forbiddenBody: (roles: string, email: string, role: string): string =>
      `Deze pagina is voor een ${roles}. U bent ingelogd als ${email} (${role}).`,
    or: ' of ',
    home: 'Naar de startpagina',
  },
};

export type AuthMessages = typeof authNl;

export const authEn: AuthMessages = {
  roles: {
    ADMIN: 'administrator',
    PARTNER_EDITOR: 'partner',
    SCHOOL_STAFF: 'school staff',
    MUNICIPALITY_OFFICER: 'municipality officer',
  },
  menu: {
    label: 'Account',
    signedInAs: (email, role) => `Signed in as ${email} (${role})`,
    login: 'Log in',
    register: 'Register a partner',
    logout: 'Log out',
    portal: 'Portal',
    admin: 'Administration',
    mySchool: 'My school',
    municipality: 'My municipality',
  },
  form: {
    required: REQUIRED_TEXT.en,
    invalidEmail: 'Enter a valid email address, for example name@organisation.nl.',
    summaryHeading: 'There is a problem',
    fixFields: 'Check the highlighted fields.',
    optional: '(optional)',
    passwordTooShort: (n) => `Use at least ${n} characters.`,
    passwordMismatch: 'The two passwords are not the same.',
    failed: 'That did not work.',
    emailTaken:
      'There is already an account with this email address. Log in, or reset the password.',
    rateLimited: (seconds) =>
      seconds >= 120
        ? `Too many attempts in a short time. Try again in ${Math.ceil(seconds / 60)} minutes.`
        : `Too many attempts in a short time. Try again in ${seconds} seconds.`,
  },
  login: {
    pageTitle: 'Log in — Partnerwijzer',
    heading: 'Log in',
    intro: 'For partners, schools, municipalities and administrators with an account.',
    email: 'Email address',
    password: 'Password',
    submit: 'Log in',
    submitting: 'Logging in…',
    badCredentials: 'Wrong email address or password.',
    rateLimited: (seconds) =>
      seconds >= 120
        ? `Too many failed attempts. Try again in ${Math.ceil(seconds / 60)} minutes.`
        : `Too many failed attempts. Try again in ${seconds} seconds.`,
    forgot: 'Forgot your password?',
    noAccount: 'No account yet? Partner organisations can sign up themselves:',
    registerLink: 'register your organisation',
    alreadySignedIn: (email) => `You are already signed in as ${email}.`,
    continue: 'Continue',
  },
  logout: {
    pageTitle: 'Log out — Partnerwijzer',
    heading: 'Log out',
    busy: 'Logging out…',
    done: 'You have been logged out.',
    failed: 'Logging out did not work.',
    again: 'Log in again',
  },
  register: {
    pageTitle: 'Register a partner — Partnerwijzer',
    heading: 'Register your organisation',
    intro:
      'Does your organisation offer something for schools? Register. An administrator checks your registration; then your organisation is listed as a verified partner.',
    organisationSection: 'Organisation',
    accountSection: 'Your account',
    organisationName: 'Name of the organisation',
    kvkNumber: 'KvK number (Chamber of Commerce)',
    kvkHint: '8 digits, as on the Chamber of Commerce extract.',
    kvkInvalid: 'A KvK number has 8 digits.',
    city: 'Town',
    phone: 'Contact phone number',
    phoneHint: 'Schools see this number with your offerings.',
    email: 'Email address',
    emailHint: 'You log in with it. Contact requests from schools arrive here too.',
    password: 'Password',
    passwordHint: (n) => `At least ${n} characters. A sentence of a few words works well.`,
    passwordRepeat: 'Repeat the password',
    submit: 'Register',
    submitting: 'Registering…',
    duplicateKvk: 'This organisation is already registered — ask the administrator for access.',
    doneHeading: 'Your registration has been received',
    doneBody: (name) =>
      `${name} is waiting for verification by an administrator. You are signed in and can already fill in your details and offerings in the portal; schools see your organisation once it is verified.`,
    statusLabel: 'Status of your organisation',
    toPortal: 'Go to the portal',
    alreadySignedIn: (email) =>
      `You are signed in as ${email}. Log out first to register another organisation.`,
    haveAccount: 'Already have an account?',
    sentHeading: 'Check your email',
    sentBody: (email, hours) =>
      `We have sent a mail to ${email}. Follow the link in it to finish signing up; the link is valid for ${hours} hours. Only then do your organisation and account exist. No mail? Look in your spam folder.`,
    sentAccount:
      'Already have an account with this address? Then the mail says how to log in or set a new password.',
    sentToLogin: 'Go to log in',
  },
  confirm: {
    pageTitle: 'Finish signing up — Partnerwijzer',
    heading: 'Finish signing up',
    intro:
      'Finish your registration. We then create your organisation and account and sign you in.',
    submit: 'Finish signing up',
    submitting: 'Finishing…',
    missingToken: 'This link is incomplete. Open the link from the mail again, or sign up again.',
    invalidToken:
      'This link is invalid, expired or already used. Sign up again; if you already finished, log in.',
    again: 'Sign up again',
  },
  organisationStatus: {
    DRAFT: 'rejected or not yet submitted',
    PENDING: 'waiting for verification',
    VERIFIED: 'verified',
    SUSPENDED: 'suspended',
  },
  forgot: {
    pageTitle: 'Forgot password — Partnerwijzer',
    heading: 'Forgot your password',
    intro:
      'Enter your email address. If it belongs to an account, we send you a link to set a new password.',
    email: 'Email address',
    submit: 'Send me a link',
    submitting: 'Sending…',
    sentHeading: 'Check your email',
    sentBody: (email) =>
      `If there is an account for ${email}, an email with a link is on its way. The link is valid for 1 hour. No email? Check your spam folder.`,
    back: 'Back to log in',
  },
  reset: {
    pageTitle: 'New password — Partnerwijzer',
    heading: 'Set a new password',
    welcomeHeading: 'Welcome to Partnerwijzer',
    intro: 'Choose a new password. You then log in again on every device.',
    welcomeIntro: 'An account has been created for you. Choose a password to use it.',
    password: 'New password',
    repeat: 'Repeat the new password',
    submit: 'Save password',
    submitting: 'Saving…',
    missingToken: 'This link is incomplete. Request a new link.',
    invalidToken: 'This link is invalid or has expired. Request a new link.',
    requestNew: 'Request a new link',
    doneHeading: 'Your password has been set',
    doneBody: 'You can now log in with your new password.',
    toLogin: 'Go to log in',
  },
  gate: {
    loading: 'Checking whether you are signed in…',
    loginHeading: 'Log in to continue',
    loginBody: 'This page is only for signed-in users.',
    loginLink: 'Log in',
    forbiddenHeading: 'No access',
    forbiddenBody: (roles, email, role) =>
      `This page is for a ${roles}. You are signed in as ${email} (${role}).`,
    or: ' or ',
    home: 'Go to the start page',
  },
};
