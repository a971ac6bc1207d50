import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';

import type { DeadLetterPage, DeadLetterResponse } from '@bma-kpi/contracts-notification';
import { DeadLetterIdRequest, ListDeadLettersRequest, NotificationSubjects } from '@bma-kpi/contracts-notification';

import { NotificationClient } from '../clients/notification.client';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { deadLetterPageSchema, deadLetterSchema } from '../openapi/notification-registry.schemas';
import { Access } from '../auth/access.decorator';

const deadLetterIdParam = { name: 'id', format: 'uuid' };

/** Events the notification service could not handle, for operators to inspect and replay. */
@ApiTags('notifications')
@Access('admin')
@Controller('v1/notifications/dead-letters')
export class NotificationDeadLettersController {
  constructor(private readonly notification: NotificationClient) {}

  @Get()
  @ApiOperation({ summary: 'เหตุการณ์ที่ประมวลผลไม่สำเร็จ / Dead-lettered events, newest first' })
  @ApiQuery({ name: 'replayed', required: false, type: Boolean, description: 'true = ส่งซ้ำแล้ว, false = ยังรอ / true replayed, false waiting' })
  @ApiQuery({ name: 'subject', required: false, example: 'events.evaluation.evaluation.scored.v1' })
  @ApiQuery({ name: 'page', required: false, type: Number })
  @ApiQuery({ name: 'pageSize', required: false, type: Number })
  @ApiOkResponse({ schema: deadLetterPageSchema })
  @ApiProblems(400)
  list(@Query() query: ListDeadLettersRequest): Promise<DeadLetterPage> {
    return this.notification.request(NotificationSubjects.deadLetterList, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'เหตุการณ์หนึ่งรายการพร้อมข้อความ / One dead-lettered event with its payload' })
  @ApiParam(deadLetterIdParam)
  @ApiOkResponse({ schema: deadLetterSchema })
  @ApiProblems(400, 404)
  get(@Param() params: DeadLetterIdRequest): Promise<DeadLetterResponse> {
    return this.notification.request(NotificationSubjects.deadLetterGet, params);
  }

  @Post(':id/replay')
  @HttpCode(200)
  @ApiOperation({
    summary: 'ประมวลผลเหตุการณ์ซ้ำ / Replay a dead-lettered event',
    description:
      'ไม่สำเร็จได้ 422 และรายการยังรอ ส่งซ้ำสองครั้งไม่เกิดผลซ้ำ / A failure is a 422 and the event keeps waiting; ' +
      'a second replay has no second effect',
  })
  @ApiParam(deadLetterIdParam)
  @ApiOkResponse({ schema: deadLetterSchema })
  @ApiProblems(400, 404, 422)
  replay(@Param() params: DeadLetterIdRequest): Promise<DeadLetterResponse> {
    return this.notification.request(NotificationSubjects.deadLetterReplay, params);
  }
}
