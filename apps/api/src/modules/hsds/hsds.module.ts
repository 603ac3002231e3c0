import { Module } from '@nestjs/common';
import { HsdsController } from './hsds.controller.js';
import { HsdsService } from './hsds.service.js';

@Module({
  controllers: [HsdsController],
  providers: [HsdsService],
  exports: [HsdsService],
})
export class HsdsModule {}
