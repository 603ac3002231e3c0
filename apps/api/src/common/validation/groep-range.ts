import { applyDecorators } from '@nestjs/common';
import { Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

const GROEP_MESSAGE = 'moet tussen 1 en 8 liggen (between 1 and 8)';

/**
 * An optional groep (1–8) of a search, as the finder sends it: a nullable Int, refused outside
 * 1..8 with the field's name. Used for groepMin and groepMax wherever a search is taken in.
 */
export function OptionalGroepField(description: string): PropertyDecorator {
  // applyDecorators runs these first to last; a stack of decorators runs bottom-up, so this is
  // the order of `@Field @IsOptional @IsInt @Min @Max` written above a property.
  return applyDecorators(
    Max(8, { message: GROEP_MESSAGE }),
    Min(1, { message: GROEP_MESSAGE }),
    IsInt(),
    IsOptional(),
    Field(() => Int, { nullable: true, description }),
  );
}
