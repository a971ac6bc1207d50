import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export const maxPageSize = 200;

/** Highest page number accepted; far beyond any real list, it keeps OFFSET within integer range. */
export const maxPage = 1_000_000;

/** Page of a list: `page` starts at 1, `pageSize` is at most 200. */
export class PageRequest {
  @IsOptional()
  @Type(() => Number)
  @Min(1)
  @Max(maxPage)
  @IsInt()
  page?: number;

  @IsOptional()
  @Type(() => Number)
  @Min(1)
  @Max(maxPageSize)
  @IsInt()
  pageSize?: number;
}

/** One page of results with the total number of matches. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
