import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export const MAX_PAGE_SIZE = 200;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 50, description: 'Aantal resultaten (1–200)' })
  @IsInt()
  @Min(1, { message: 'moet minstens 1 zijn (must be at least 1)' })
  @Max(MAX_PAGE_SIZE, { message: `mag hoogstens ${MAX_PAGE_SIZE} zijn (at most ${MAX_PAGE_SIZE})` })
  first: number = 50;

  /** Cursor uit pageInfo.endCursor */
  @IsOptional()
  @IsString()
  @MaxLength(400)
  after?: string;
}
