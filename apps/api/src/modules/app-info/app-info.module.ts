import { Module } from '@nestjs/common';
import { OrganisationsModule } from '../organisations/index.js';
import { SchoolsModule } from '../schools/index.js';
import { AppInfoResolver } from './app-info.resolver.js';
import { AppInfoService } from './app-info.service.js';

@Module({
  imports: [SchoolsModule, OrganisationsModule],
  providers: [AppInfoService, AppInfoResolver],
})
export class AppInfoModule {}
