import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.schema.js';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { clientIp } from '../../common/rate-limit/client-ip.js';
import { AccountsService, type AccountListRow } from './accounts.service.js';
import { actorOf, authOf, CurrentActor } from '../../common/auth/current-actor.js';
import type { Actor } from '../../common/auth/roles.js';
import { AccountsArgs, CreateAccountInput } from './dto/account.inputs.js';
import { AccountModel, ViewerModel } from './models/account.model.js';
import { clearSessionCookie, setSessionCookie, toViewer } from './session-cookie.js';

function toAccount(row: AccountListRow): AccountModel {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    schoolCodes: row.school_codes,
    municipalityCodes: row.municipality_codes,
    createdAt: row.created_at,
  };
}

@Resolver()
export class AccountsResolver {
  constructor(
    private readonly accounts: AccountsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => ViewerModel, { nullable: true, description: 'Wie er is ingelogd (leeg: niemand)' })
  me(@Context() ctx: GraphqlContext): ViewerModel | null {
    const auth = authOf(ctx);
    return auth.actor ? toViewer(auth.actor, auth.csrfToken ?? null) : null;
  }

  @Mutation(() => ViewerModel, { description: 'Inloggen; zet een httpOnly-sessiecookie' })
  async login(
    @Args('email') email: string,
    @Args('password') password: string,
    @Context() ctx: GraphqlContext,
  ): Promise<ViewerModel> {
    const session = await this.accounts.login(
      email.slice(0, 254),
      password.slice(0, 500),
      clientIp(ctx.req),
    );
    // The session the browser held until now (another account's, or this one's) ends: its
    // cookie is replaced, and a copy of it elsewhere must not stay signed in.
    await this.accounts.logout(authOf(ctx).sessionToken);
    setSessionCookie(ctx, this.config, session.token);
    return toViewer(session.actor, session.csrfToken);
  }

  @Mutation(() => Boolean, { description: 'Uitloggen: verwijdert de sessie' })
  async logout(@Context() ctx: GraphqlContext): Promise<boolean> {
    // Ending a session is a cookie-authenticated write like any other: without the session's
    // CSRF token it is refused (actorOf throws), so another site cannot sign a user out.
    actorOf(ctx);
    await this.accounts.logout(authOf(ctx).sessionToken);
    clearSessionCookie(ctx, this.config);
    return true;
  }

  @Mutation(() => Boolean, {
    description: 'Stuurt een herstellink als het account bestaat; antwoordt altijd true',
  })
  async requestPasswordReset(
    @Args('email') email: string,
    @Context() ctx: GraphqlContext,
  ): Promise<boolean> {
    await this.accounts.requestPasswordReset(email.slice(0, 254), clientIp(ctx.req));
    return true;
  }

  @Mutation(() => Boolean, { description: 'Nieuw wachtwoord met de token uit de herstelmail' })
  async resetPassword(
    @Args('token') token: string,
    @Args('password') password: string,
  ): Promise<boolean> {
    await this.accounts.resetPassword(token.slice(0, 100), password);
    return true;
  }

  @Mutation(() => AccountModel, {
    description: 'Beheerder maakt een account aan (met uitnodiging)',
  })
  async createAccount(
    @Args('input') input: CreateAccountInput,
    @CurrentActor() actor: Actor | null,
  ): Promise<AccountModel> {
    const row = await this.accounts.createAccount(actor, input);
    return toAccount(await this.accounts.accountById(row.id));
  }

  @Query(() => [AccountModel], {
    name: 'accounts',
    description: 'Alle accounts met rol en koppelingen, nieuwste eerst (ADMIN; hoogstens 500)',
  })
  async listAccounts(
    @Args() args: AccountsArgs,
    @CurrentActor() actor: Actor | null,
  ): Promise<AccountModel[]> {
    return (await this.accounts.listAccounts(actor, args)).map(toAccount);
  }
}
