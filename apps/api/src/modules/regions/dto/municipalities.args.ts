import { ArgsType } from '@nestjs/graphql';
import {
  OptionalProvinceCodeField,
  OptionalSearchTextField,
} from '../../../common/graphql/filter-fields.js';
import { PageArgs } from '../../../common/pagination/page-args.js';

@ArgsType()
export class MunicipalitiesArgs extends PageArgs {
  @OptionalProvinceCodeField('Alleen gemeenten in deze provincie (PVxx)')
  provinceCode?: string;

  @OptionalSearchTextField('Begin van de naam')
  search?: string;
}
