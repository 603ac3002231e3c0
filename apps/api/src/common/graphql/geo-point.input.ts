import { Field, Float, InputType } from '@nestjs/graphql';
import { IsNumber, Max, Min } from 'class-validator';

@InputType('GeoPointInput')
export class GeoPointInput {
  @Field(() => Float)
  @IsNumber({}, { message: 'moet een getal zijn (must be a number)' })
  @Min(-90)
  @Max(90)
  lat!: number;

  @Field(() => Float)
  @IsNumber({}, { message: 'moet een getal zijn (must be a number)' })
  @Min(-180)
  @Max(180)
  lng!: number;
}
