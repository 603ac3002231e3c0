import { ArgsType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';

export const MAX_GEOCODE_QUERY = 200;

@ArgsType()
export class GeocodeArgs {
  /** Adres, postcode of plaats, bijv. "Broersvest 5 Schiedam" of "3111 EA" */
  @IsString()
  @MaxLength(MAX_GEOCODE_QUERY)
  query!: string;
}
