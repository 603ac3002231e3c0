import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { clientIp } from '../../common/rate-limit/client-ip.js';
import { ContactRequestsService } from './contact-requests.service.js';
import { RequestContactInput } from './dto/request-contact.input.js';
import { ContactRequestModel } from './models/contact-request.model.js';

@Resolver(() => ContactRequestModel)
export class ContactRequestsResolver {
  constructor(private readonly contactRequests: ContactRequestsService) {}

  // Public: a school leader asks without logging in (rate limited per IP and per email).
  @Mutation(() => ContactRequestModel, {
    description:
      'Een school vraagt contact aan over een aanbod dat de school bereikt (begrensd per IP-adres en e-mailadres: RATE_LIMITED)',
  })
  requestContact(@Args('input') input: RequestContactInput, @Context() ctx: GraphqlContext) {
    return this.contactRequests.request(input, clientIp(ctx.req));
  }
}
