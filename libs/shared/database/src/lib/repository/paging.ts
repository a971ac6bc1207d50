import { InvalidInputError } from './repository-errors';

/** A 1-based page of a listing. */
export interface PageRequest {
  page: number;
  pageSize: number;
}

/** One page of a listing and the number of rows across all pages. */
export interface Page<T> {
  items: T[];
  total: number;
}

/** Maximum page size of a listing; larger requests are rejected, not cut silently. */
export const maxPageSize = 500;

/** Converts a page request to Prisma's skip/take after checking it. */
export function toSkipTake(request: PageRequest): { skip: number; take: number } {
  if (!Number.isInteger(request.page) || request.page < 1) {
    throw new InvalidInputError('page', `${request.page}; expected an integer of at least 1.`);
  }
  if (!Number.isInteger(request.pageSize) || request.pageSize < 1 || request.pageSize > maxPageSize) {
    throw new InvalidInputError('pageSize', `${request.pageSize}; expected an integer from 1 to ${maxPageSize}.`);
  }

  return { skip: (request.page - 1) * request.pageSize, take: request.pageSize };
}
