import { Module } from '@nestjs/common';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.schema.js';
import { RegionsModule } from '../regions/index.js';
import { GEOCODER } from './geocoder.port.js';
import { GeocodingResolver } from './geocoding.resolver.js';
import { GeocodingService } from './geocoding.service.js';
import { PdokLocatieserverGeocoder } from './pdok-locatieserver.geocoder.js';

@Module({
  imports: [RegionsModule],
  providers: [
    {
      provide: GEOCODER,
      inject: [APP_CONFIG],
      // No GEOCODER_URL: no outside calls; municipality centres and the map still give a point.
      useFactory: (config: AppConfig) =>
        config.GEOCODER_URL
          ? new PdokLocatieserverGeocoder({
              baseUrl: config.GEOCODER_URL,
              timeoutMs: config.GEOCODER_TIMEOUT_MS,
            })
          : null,
    },
    GeocodingService,
    GeocodingResolver,
  ],
})
export class GeocodingModule {}
