import { ZxcvbnFactory, type ZxcvbnResult } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import * as nl from '@zxcvbn-ts/language-nl-be';
import { normalEmail } from '../../common/validation/email-address.js';

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 200;
/** zxcvbn's score 3: "safely unguessable" (about 10^8 guesses or more). */
const MIN_SCORE = 3;

/** What a password may not resemble: the account's email and its organisation's name. */
export interface PasswordContext {
  email?: string | null;
  organisationName?: string | null;
}

// The estimator (zxcvbn-ts with the common-password list and Dutch and English dictionaries)
// loads its word lists once, on first use: about half a second.
let estimator: ZxcvbnFactory | undefined;

function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary, ...nl.dictionary },
    graphs: common.adjacencyGraphs,
  });
  return estimator;
}

/** The words a password is compared with: the email, its parts, the organisation's name. */
export function accountWords(context: PasswordContext): string[] {
  const words = new Set<string>(['partnerwijzer']);
  const add = (w: string) => {
    const word = w.trim().toLowerCase();
    if (word.length >= 3) words.add(word);
  };
  const email = context.email ? normalEmail(context.email) : '';
  if (email) {
    add(email);
    const [local = '', domain = ''] = email.split('@');
    add(local);
    add(local.replace(/[^\p{L}\p{N}]/gu, ''));
    local.split(/[^\p{L}\p{N}]+/u).forEach(add);
    add(domain.split('.')[0] ?? '');
  }
  const name = context.organisationName?.trim() ?? '';
  if (name) {
    add(name);
    add(name.replace(/[^\p{L}\p{N}]/gu, ''));
    name.split(/[^\p{L}\p{N}]+/u).forEach(add);
  }
  return [...words];
}

/** A problem with a new password (Dutch, then English), or null when it may be used. */
export function passwordProblem(password: string, context: PasswordContext = {}): string | null {
  if (password.length < PASSWORD_MIN) {
    return `minstens ${PASSWORD_MIN} tekens (at least ${PASSWORD_MIN} characters)`;
  }
  if (password.length > PASSWORD_MAX) {
    return `hoogstens ${PASSWORD_MAX} tekens (at most ${PASSWORD_MAX} characters)`;
  }
  const result = zxcvbn().check(password, accountWords(context));
  return result.score >= MIN_SCORE ? null : weakness(result);
}

// Names the main reason, judged from the parts the estimator found.
function weakness(result: ZxcvbnResult): string {
  const parts = result.sequence;
  const advice = 'kies bijvoorbeeld een zin van vier of meer gewone woorden';
  const adviceEn = 'for example, a sentence of four or more ordinary words';
  if (parts.some((p) => p.pattern === 'dictionary' && p.dictionaryName === 'userInputs')) {
    return `lijkt op uw e-mailadres of de naam van uw organisatie; ${advice} (resembles your email address or your organisation's name; ${adviceEn})`;
  }
  if (parts.some((p) => p.pattern === 'repeat')) {
    return `herhaalt tekens of een stukje tekst; ${advice} (repeats characters or a piece of text; ${adviceEn})`;
  }
  if (parts.some((p) => p.pattern === 'dictionary' && p.dictionaryName === 'passwords-common')) {
    return `een veelgebruikt wachtwoord; ${advice} (a commonly used password; ${adviceEn})`;
  }
  if (parts.some((p) => p.pattern === 'sequence' || p.pattern === 'spatial')) {
    return `een reeks zoals abcd, 1234 of qwerty; ${advice} (a sequence such as abcd, 1234 or qwerty; ${adviceEn})`;
  }
  return `te makkelijk te raden; ${advice} (too easy to guess; ${adviceEn})`;
}
