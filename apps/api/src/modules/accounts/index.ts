// Public surface of the accounts module: other modules import from here only.
export { AccountsModule } from './accounts.module.js';
export { AccountsService, type StartedSession } from './accounts.service.js';
export { ViewerModel } from './models/account.model.js';
export { setSessionCookie, toViewer } from './session-cookie.js';
export { passwordProblem } from './password-rule.js';
export {
  CONFIRM_HOURS,
  REGISTRATION_REQUESTED_MESSAGE,
  RegistrationRequests,
  type RegistrationDetails,
} from './registration-requests.js';
// The one token scheme for mailed links: random, stored only as its SHA-256 (decision 0012).
export { hashToken, isTokenShaped, newToken } from './tokens.js';
export { UserAccountEntity } from './entities/user-account.entity.js';
export { PasswordResetTokenEntity, SessionEntity } from './entities/session.entity.js';
export { LoginBackoffEntity, PendingRegistrationEntity } from './entities/sign-up.entity.js';
export { accountRowById } from './repository.js';
