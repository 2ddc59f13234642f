import { z } from 'zod';
import { RoleSchema, type Role } from '../../schema/envelope.js';

export const languages = ['PL', 'EN'] as const;
export const LanguageSchema = z.enum(languages, { error: 'must be PL or EN' });
export type Language = z.infer<typeof LanguageSchema>;

export const PASSWORD_MIN_LENGTH = 12;
/** Beyond this a password is no stronger, and hashing it is work an attacker could make us do. */
const PASSWORD_MAX_LENGTH = 1024;

/**
 * Counted after NFC normalisation, so "zażółć" is six characters whichever way it was typed; too_small carries the
 * minimum, so the web app says it in the reader's language.
 */
export const PasswordSchema = z
  .string({ error: 'is required' })
  .overwrite((p) => p.normalize('NFC'))
  .min(PASSWORD_MIN_LENGTH, `must be at least ${PASSWORD_MIN_LENGTH} characters long`)
  .max(PASSWORD_MAX_LENGTH, `must be at most ${PASSWORD_MAX_LENGTH} characters long`);

/** What staff type at the sign-in form; letters (Polish ones too), digits and . _ @ - only, so it is unambiguous in logs and events. */
export const UserIdSchema = z
  .string({ error: 'is required' })
  .trim()
  .min(1, 'is required')
  .max(64, 'must be at most 64 characters long')
  .regex(/^[\p{L}\p{N}._@-]+$/u, 'may contain only letters, digits and . _ @ -');

const NameSchema = z.string({ error: 'is required' }).trim().min(1, 'is required').max(200, 'must be at most 200 characters long');

export const SignInInputSchema = z.object({
  // Not the account rules: whatever was typed is only looked up, and a malformed id is just an unknown one.
  userId: z.string({ error: 'is required' }).trim().min(1, 'is required').max(200, 'must be at most 200 characters long'),
  password: z
    .string({ error: 'is required' })
    .min(1, 'is required')
    .max(PASSWORD_MAX_LENGTH, `must be at most ${PASSWORD_MAX_LENGTH} characters long`),
});

export const ChangeMyPasswordInputSchema = z.object({ currentPassword: SignInInputSchema.shape.password, newPassword: PasswordSchema });

export const CreateUserInputSchema = z.object({
  userId: UserIdSchema,
  name: NameSchema,
  role: RoleSchema,
  password: PasswordSchema,
  language: LanguageSchema.default('PL'),
});

export const UpdateUserInputSchema = z.object({
  userId: UserIdSchema,
  // GraphQL clients may send null for "leave as it is".
  name: NameSchema.nullish().transform((v) => v ?? undefined),
  role: RoleSchema.nullish().transform((v) => v ?? undefined),
  disabled: z
    .boolean()
    .nullish()
    .transform((v) => v ?? undefined),
});

export const ResetUserPasswordInputSchema = z.object({ userId: UserIdSchema, password: PasswordSchema });

export type CreateUserInput = z.output<typeof CreateUserInputSchema>;
/** A field left out stays as it is. */
export interface UpdateUserInput {
  userId: string;
  name?: string | undefined;
  role?: Role | undefined;
  disabled?: boolean | undefined;
}
