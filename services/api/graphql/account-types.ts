import { Field, ID, InputType, ObjectType } from 'type-graphql';
import type { Role as RoleName } from '../../../schema/envelope.js';
import type { Language as LanguageName } from '../../accounts/account-inputs.js';
import { Language, Role } from './enums.js';
import { DateTimeScalar } from './scalars.js';

@ObjectType({ description: 'Who is signed in, as the web app shows it.' })
export class Me {
  @Field(() => ID) userId!: string;
  @Field(() => String) name!: string;
  @Field(() => Role) role!: RoleName;
  @Field(() => Language, { description: 'The language the user chose for the screens (PL by default).' }) language!: LanguageName;
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the browser session ends unless used before (idle) or at the latest; null for a bearer token.',
  })
  sessionExpiresAt!: string | null;
}

@ObjectType({ description: 'A local account, as administrators manage it.' })
export class UserAccount {
  @Field(() => ID) userId!: string;
  @Field(() => String) name!: string;
  @Field(() => Role) role!: RoleName;
  @Field(() => Language) language!: LanguageName;
  @Field(() => Boolean, { description: 'A disabled account cannot sign in, and its sessions ended when it was disabled.' })
  disabled!: boolean;
  @Field(() => DateTimeScalar) createdAt!: string;
  @Field(() => DateTimeScalar, { nullable: true }) lastSignInAt!: string | null;
}

@InputType()
export class SignInInput {
  @Field(() => String) userId!: string;
  @Field(() => String) password!: string;
}

@InputType()
export class ChangeMyPasswordInput {
  @Field(() => String) currentPassword!: string;
  @Field(() => String, { description: 'At least 12 characters.' }) newPassword!: string;
}

@InputType()
export class CreateUserInput {
  @Field(() => String, { description: 'What the user types to sign in: letters, digits and . _ @ - (at most 64).' }) userId!: string;
  @Field(() => String) name!: string;
  @Field(() => Role) role!: RoleName;
  @Field(() => String, { description: 'At least 12 characters.' }) password!: string;
  @Field(() => Language, { nullable: true, defaultValue: 'PL' }) language?: LanguageName;
}

@InputType({ description: 'What to change; a field left out stays as it is. Disabling or changing the role ends the user’s sessions.' })
export class UpdateUserInput {
  @Field(() => String) userId!: string;
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => Role, { nullable: true }) role?: RoleName;
  @Field(() => Boolean, { nullable: true }) disabled?: boolean;
}

@InputType()
export class ResetUserPasswordInput {
  @Field(() => String) userId!: string;
  @Field(() => String, { description: 'At least 12 characters; the user’s sessions end.' }) password!: string;
}
