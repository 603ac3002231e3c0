import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType } from '@nestjs/graphql';
import { normaliseCode, REQUIRED_MESSAGE } from '@partnerwijzer/domain';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { EmailAddress } from '../../../common/validation/email-address.js';
import { MESSAGE_MAX, SENDER_EMAIL_MAX, SENDER_NAME_MAX } from '../contact-request-status.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** Required text, trimmed, of at most `max` characters (listed bottom-up, like search-fields.ts). */
function RequiredTextField(max: number, description: string): PropertyDecorator {
  return applyDecorators(
    MaxLength(max, { message: `hoogstens ${max} tekens (at most ${max} characters)` }),
    IsNotEmpty({ message: REQUIRED_MESSAGE }),
    IsString(),
    Transform(trim),
    Field(() => String, { description }),
  );
}

@InputType('RequestContactInput')
export class RequestContactInput {
  /** DUO-vestigingscode van de school die contact zoekt */
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? normaliseCode(value) : value,
  )
  @IsString()
  @IsNotEmpty({ message: REQUIRED_MESSAGE })
  @MaxLength(20, { message: 'is te lang (too long)' })
  vestigingscode!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'is geen geldig id (not a valid id)' })
  offeringId!: string;

  @RequiredTextField(SENDER_NAME_MAX, `Naam van de afzender (hoogstens ${SENDER_NAME_MAX} tekens)`)
  senderName!: string;

  /** E-mailadres waarop de partner kan antwoorden */
  @EmailAddress('is geen geldig e-mailadres (not a valid email address)', SENDER_EMAIL_MAX)
  senderEmail!: string;

  @RequiredTextField(
    MESSAGE_MAX,
    `Bericht aan de partner (hoogstens ${MESSAGE_MAX} tekens); geen leerlinggegevens`,
  )
  message!: string;
}
