import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export const maxPageSize = 200;

/** Page of a list: `page` starts at 1, `pageSize` is at most 200. */
export class PageRequest {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(maxPageSize)
  pageSize?: number;
}

/** One page of results with the total number of matches. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
