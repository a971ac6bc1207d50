import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

import { RegistryPageRequest } from './page.request';

// Query strings carry booleans as text; other text is left for IsBoolean to reject.
function queryBoolean(value: unknown): unknown {
  if (value === 'true') {
    return true;
  }

  return value === 'false' ? false : value;
}

/** Request for dead-lettered events, newest first. */
export class ListDeadLettersRequest extends RegistryPageRequest {
  /** `true` lists only replayed events, `false` only those still waiting; in a query string as text. */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => queryBoolean(value))
  @IsBoolean()
  replayed?: boolean;

  /** Exact event subject, such as `events.evaluation.evaluation.scored.v1`. */
  @IsOptional()
  @MaxLength(200)
  @Matches(/^\S+$/, { message: '$property must be an event subject without spaces' })
  @IsString()
  subject?: string;
}

/** Names one dead-lettered event: get it with its payload, or replay it. */
export class DeadLetterIdRequest {
  @IsUUID()
  id: string;
}
