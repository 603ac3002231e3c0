// Texts for an answer refused with RATE_LIMITED (too many requests from one address or
// sender); `wait` is the server's retryAfterSeconds in words.
function waitNl(seconds: number): string {
  if (seconds < 90) return seconds === 1 ? '1 seconde' : `${seconds} seconden`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minuten`;
}

function waitEn(seconds: number): string {
  if (seconds < 90) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  return `${Math.ceil(seconds / 60)} minutes`;
}

export const rateLimitNl = {
  contact: (seconds: number): string =>
    `U heeft kort na elkaar veel contactverzoeken verstuurd. Probeer het over ${waitNl(seconds)} opnieuw, of neem rechtstreeks contact op via de contactgegevens hierboven.`,
  queries: (seconds: number): string =>
    `Er kwamen kort na elkaar erg veel zoekopdrachten van uw adres. Probeer het over ${waitNl(seconds)} opnieuw.`,
};

export const rateLimitEn: typeof rateLimitNl = {
  contact: (seconds) =>
    `You sent many contact requests in a short time. Please try again in ${waitEn(seconds)}, or use the contact details above.`,
  queries: (seconds) =>
    `Very many searches came from your address in a short time. Please try again in ${waitEn(seconds)}.`,
};
