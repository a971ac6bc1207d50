import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';

import type { DeadLetterPage, DeadLetterResponse } from '@bma-kpi/contracts-notification';
import { DeadLetterIdRequest, ListDeadLettersRequest, NotificationSubjects } from '@bma-kpi/contracts-notification';

import { DeadLetterService } from './dead-letter.service';

/** Request handlers for the dead-lettered events of the notification service. Validation runs in the global pipe. */
@Controller()
export class DeadLetterController {
  constructor(private readonly deadLetters: DeadLetterService) {}

  @MessagePattern(NotificationSubjects.deadLetterList)
  list(@Payload() request: ListDeadLettersRequest): Promise<DeadLetterPage> {
    return this.deadLetters.list(request);
  }

  @MessagePattern(NotificationSubjects.deadLetterGet)
  get(@Payload() request: DeadLetterIdRequest): Promise<DeadLetterResponse> {
    return this.deadLetters.get(request.id);
  }

  @MessagePattern(NotificationSubjects.deadLetterReplay)
  replay(@Payload() request: DeadLetterIdRequest): Promise<DeadLetterResponse> {
    return this.deadLetters.replay(request.id);
  }
}
