import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import {
  ChangeMyPasswordInputSchema,
  CreateUserInputSchema,
  LanguageSchema,
  ResetUserPasswordInputSchema,
  SignInInputSchema,
  UpdateUserInputSchema,
  type Language as LanguageName,
} from '../../accounts/account-inputs.js';
import type { UserAccount as Account } from '../../accounts/accounts.js';
import { BadInput } from '../../errors.js';
import { authorize } from '../permissions.js';
import { admit, validated, type ApiContext, type WebRequest } from './context.js';
import * as T from './account-types.js';
import { Language } from './enums.js';

/** Local accounts and browser sessions (issue 9, "Sign in"); bearer tokens keep working beside them. */
@Resolver()
export class AccountResolver {
  @Query(() => T.Me, { nullable: true, description: 'Who is signed in, by session or bearer token; null when no one is (no error).' })
  me(@Ctx() ctx: ApiContext): T.Me | null {
    const identity = ctx.web ? ctx.web.identity : { actor: ctx.actor, session: null };
    if (!identity) return null;
    authorize(ctx.actor, 'me');
    const { userId, name, role } = identity.actor;
    if (identity.session) return { userId, name, role, language: identity.session.language, sessionExpiresAt: identity.session.expiresAt };
    return { userId, name, role, language: ctx.services.accounts.get(userId)?.language ?? 'PL', sessionExpiresAt: null };
  }

  @Mutation(() => T.Me, { description: 'Opens a browser session (the httpOnly cookie dl_session) for the right user id and password.' })
  async signIn(@Arg('input', () => T.SignInInput) input: T.SignInInput, @Ctx() ctx: ApiContext): Promise<T.Me> {
    const web = overHttp(ctx, 'signIn');
    const credentials = validated(SignInInputSchema, input);
    const { sessionId, account, expiresAt } = await ctx.services.accounts.signIn(credentials, web.address);
    // A session the browser came with ends: one browser, one session, and none fixed in advance by someone else.
    if (web.identity?.session) ctx.services.accounts.signOut(web.identity.session.id);
    web.startSession(sessionId);
    return meOf(account, expiresAt);
  }

  @Mutation(() => Boolean, {
    description:
      'Ends this browser session on the server and clears its cookie; false when the request came with a bearer token (nothing to end).',
  })
  signOut(@Ctx() ctx: ApiContext): boolean {
    authorize(ctx.actor, 'signOut');
    const web = overHttp(ctx, 'signOut');
    const session = web.identity?.session;
    if (session) ctx.services.accounts.signOut(session.id);
    web.endSession();
    return session != null;
  }

  @Mutation(() => T.Me, { description: 'The language of the screens for the signed-in user, kept in their account.' })
  setMyLanguage(@Arg('language', () => Language) language: LanguageName, @Ctx() ctx: ApiContext): T.Me {
    const chosen = admit(ctx, 'setMyLanguage', LanguageSchema, language);
    const account = ctx.services.accounts.setLanguage(ctx.actor.userId, chosen);
    return meOf(account, ctx.web?.identity?.session?.expiresAt ?? null);
  }

  @Mutation(() => Boolean, { description: 'Changes the signed-in user’s password; their other sessions end.' })
  async changeMyPassword(
    @Arg('input', () => T.ChangeMyPasswordInput) input: T.ChangeMyPasswordInput,
    @Ctx() ctx: ApiContext,
  ): Promise<boolean> {
    const change = admit(ctx, 'changeMyPassword', ChangeMyPasswordInputSchema, input);
    const web = overHttp(ctx, 'changeMyPassword');
    await ctx.services.accounts.changePassword(ctx.actor.userId, change, web.address, web.identity?.session?.id);
    return true;
  }

  @Query(() => [T.UserAccount], { description: 'Every local account (administrators).' })
  users(@Ctx() ctx: ApiContext): Account[] {
    authorize(ctx.actor, 'users');
    return ctx.services.accounts.list();
  }

  @Mutation(() => T.UserAccount, { description: 'A new local account (administrators).' })
  createUser(@Arg('input', () => T.CreateUserInput) input: T.CreateUserInput, @Ctx() ctx: ApiContext): Promise<Account> {
    return ctx.services.accounts.create(admit(ctx, 'createUser', CreateUserInputSchema, input));
  }

  @Mutation(() => T.UserAccount, { description: 'Renames, changes the role of, disables or enables an account (administrators).' })
  updateUser(@Arg('input', () => T.UpdateUserInput) input: T.UpdateUserInput, @Ctx() ctx: ApiContext): Account {
    return ctx.services.accounts.update(admit(ctx, 'updateUser', UpdateUserInputSchema, input));
  }

  @Mutation(() => T.UserAccount, { description: 'Sets a new password for a user who lost theirs (administrators); their sessions end.' })
  resetUserPassword(
    @Arg('input', () => T.ResetUserPasswordInput) input: T.ResetUserPasswordInput,
    @Ctx() ctx: ApiContext,
  ): Promise<Account> {
    return ctx.services.accounts.resetPassword(admit(ctx, 'resetUserPassword', ResetUserPasswordInputSchema, input));
  }
}

/** Sessions live in cookies, which only HTTP requests carry (not the WebSocket). */
function overHttp(ctx: ApiContext, operation: string): WebRequest {
  if (!ctx.web) throw new BadInput(`${operation} works over HTTP (POST /graphql), not over the WebSocket.`, []);
  return ctx.web;
}

function meOf({ userId, name, role, language }: Account, sessionExpiresAt: string | null): T.Me {
  return { userId, name, role, language, sessionExpiresAt };
}
