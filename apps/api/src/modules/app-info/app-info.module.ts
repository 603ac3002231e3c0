import { Module } from '@nestjs/common';
import { AppInfoResolver } from './app-info.resolver.js';
import { AppInfoService } from './app-info.service.js';

@Module({ providers: [AppInfoService, AppInfoResolver] })
export class AppInfoModule {}
