import { ObjectType } from '@nestjs/graphql';
import { RegionModel } from './region.model.js';

@ObjectType('Province', { description: 'Provincie (CBS-code PVxx)' })
export class ProvinceModel extends RegionModel {}
