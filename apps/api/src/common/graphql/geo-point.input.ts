import { InputType } from '@nestjs/graphql';
import { IsNumber, Max, Min } from 'class-validator';

@InputType('GeoPointInput')
export class GeoPointInput {
  @IsNumber({}, { message: 'moet een getal zijn (must be a number)' })
  @Min(-90, { message: 'moet tussen -90 en 90 liggen (between -90 and 90)' })
  @Max(90, { message: 'moet tussen -90 en 90 liggen (between -90 and 90)' })
  lat!: number;

  @IsNumber({}, { message: 'moet een getal zijn (must be a number)' })
  @Min(-180, { message: 'moet tussen -180 en 180 liggen (between -180 and 180)' })
  @Max(180, { message: 'moet tussen -180 en 180 liggen (between -180 and 180)' })
  lng!: number;
}
