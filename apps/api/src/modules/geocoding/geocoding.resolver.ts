import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { clientIp } from '../../common/rate-limit/client-ip.js';
import { RateLimitsService } from '../../common/rate-limit/rate-limits.service.js';
import { GeocodeArgs } from './dto/geocode.args.js';
import { GeocodingService } from './geocoding.service.js';
import { GeocodeResultModel } from './models/place.model.js';

@Resolver()
export class GeocodingResolver {
  constructor(
    private readonly geocoding: GeocodingService,
    private readonly limits: RateLimitsService,
  ) {}

  @Query(() => GeocodeResultModel, {
    description:
      'Plaatsen bij een adres, postcode of plaatsnaam (PDOK Locatieserver als GEOCODER_URL is gezet, anders gemeentemiddelpunten); per IP beperkt',
  })
  async geocode(
    @Args() args: GeocodeArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<GeocodeResultModel> {
    await this.limits.assertGeocodeAllowed(clientIp(ctx.req));
    return this.geocoding.geocode(args.query);
  }
}
