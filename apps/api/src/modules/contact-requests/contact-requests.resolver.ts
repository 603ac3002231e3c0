import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { ContactRequestsService } from './contact-requests.service.js';
import { RequestContactInput } from './dto/request-contact.input.js';
import { ContactRequestModel } from './models/contact-request.model.js';

@Resolver(() => ContactRequestModel)
export class ContactRequestsResolver {
  constructor(private readonly contactRequests: ContactRequestsService) {}

  // Public until accounts arrive: a school leader asks without logging in.
  @Mutation(() => ContactRequestModel, {
    description: 'Een school vraagt contact aan over een aanbod dat de school bereikt',
  })
  requestContact(@Args('input') input: RequestContactInput) {
    return this.contactRequests.request(input);
  }
}
