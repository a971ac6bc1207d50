import { Controller } from '@nestjs/common';
import { Ctx, MessagePattern, Payload } from '@nestjs/microservices';

import type { ReminderPlanResponse, ReminderRunResponse } from '@bma-kpi/contracts-notification';
import { NotificationSubjects, ReminderPlanRequest, ReminderRunRequest } from '@bma-kpi/contracts-notification';

import { requestMetaOf } from '../request-meta';
import { ReminderService } from './reminder.service';

/** Request handlers of the reminder plan and of operator runs. Validation runs in the global pipe. */
@Controller()
export class RemindersController {
  constructor(private readonly reminders: ReminderService) {}

  @MessagePattern(NotificationSubjects.reminderPlan)
  plan(@Payload() request: ReminderPlanRequest, @Ctx() context: unknown): Promise<ReminderPlanResponse> {
    return this.reminders.plan(request, requestMetaOf(context));
  }

  @MessagePattern(NotificationSubjects.reminderRun)
  run(@Payload() request: ReminderRunRequest, @Ctx() context: unknown): Promise<ReminderRunResponse> {
    return this.reminders.run(request, requestMetaOf(context));
  }
}
