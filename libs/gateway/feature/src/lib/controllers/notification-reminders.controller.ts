import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiQuery, ApiTags, type SchemaObject } from '@nestjs/swagger';

import type { ReminderPlanResponse, ReminderRunResponse } from '@bma-kpi/contracts-notification';
import { NotificationSubjects, ReminderPlanRequest, ReminderRunRequest } from '@bma-kpi/contracts-notification';

import { NotificationClient } from '../clients/notification.client';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { Access } from '../auth/access.decorator';

// JSON schemas for the OpenAPI document, because the contracts declare the responses as interfaces.
const reminderKindSchema: SchemaObject = {
  type: 'string',
  enum: ['progressDueReminder', 'progressOverdue', 'progressOverdueEscalation', 'reviewDueReminder'],
};

const reminderIssueSchema: SchemaObject = {
  type: 'object',
  properties: {
    key: { type: 'string', example: 'progressOverdue:0411:2025-10:1' },
    agencyCode: { type: 'string', nullable: true, example: '0411', description: 'null = ผู้ประเมิน / the evaluators' },
    recipients: { type: 'integer', description: 'จำนวนการแจ้งเตือนที่สร้าง / Notifications created' },
    issuedAt: { type: 'string', format: 'date-time' },
    issuedBy: { type: 'string' },
  },
};

const reminderPlanSchema: SchemaObject = {
  type: 'object',
  properties: {
    fiscalYear: { type: 'integer', example: 2569 },
    items: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          kind: reminderKindSchema,
          period: { type: 'string', example: '2025-10', description: 'เดือน YYYY-MM หรือรอบ 2569-Q1 / Month YYYY-MM or round 2569-Q1' },
          stage: { type: 'integer', description: 'จำนวนวันทำการก่อนหรือหลังกำหนด / Working days before or after the due date' },
          dueDate: { type: 'string', format: 'date' },
          sendOn: { type: 'string', format: 'date', description: 'วันทำการที่ส่ง / Working day it is sent on' },
          issues: { type: 'array', items: reminderIssueSchema },
        },
      },
    },
  },
};

const reminderRunSchema: SchemaObject = {
  type: 'object',
  properties: {
    date: { type: 'string', format: 'date' },
    dryRun: { type: 'boolean' },
    fromDate: { type: 'string', format: 'date', description: 'วันส่งแรกที่ตรวจ (ส่งย้อนหลัง) / First send date looked at (catch-up)' },
    issued: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          key: { type: 'string' },
          kind: reminderKindSchema,
          agencyCode: { type: 'string', nullable: true },
          period: { type: 'string' },
          stage: { type: 'integer' },
          dueDate: { type: 'string', format: 'date' },
          sendOn: { type: 'string', format: 'date' },
          kpiCodes: { type: 'array', items: { type: 'string' } },
          recipients: { type: 'integer' },
        },
      },
    },
  },
};

const reminderRunBodySchema: SchemaObject = {
  type: 'object',
  required: ['date'],
  properties: {
    date: { type: 'string', format: 'date', example: '2025-11-12', description: 'วันที่ ค.ศ. ตามเวลากรุงเทพฯ / Bangkok date, Christian era' },
    dryRun: { type: 'boolean', description: 'true = แสดงเฉพาะสิ่งที่จะส่ง / only list what would be sent' },
  },
};

/** The reminder plan of a fiscal year, and operator runs of the reminder scheduler. */
@ApiTags('notifications')
@Access('admin')
@Controller('v1/notifications/reminders')
export class NotificationRemindersController {
  constructor(private readonly notification: NotificationClient) {}

  @Get()
  @ApiOperation({
    summary: 'แผนการแจ้งเตือนของปีงบประมาณ / Reminder plan of a fiscal year',
    description:
      'กำหนดส่งรายเดือนและรอบประเมินจากบริการประเมินผล วันส่งเป็นวันทำการตามตารางวันหยุด พร้อมรายการที่ส่งแล้ว / ' +
      'Monthly and round deadlines from the evaluation service, send dates on working days of the holiday table, and what was issued',
  })
  @ApiQuery({ name: 'fiscalYear', type: Number, example: 2569, description: 'ปีงบประมาณ พ.ศ. / Buddhist-era fiscal year' })
  @ApiOkResponse({ schema: reminderPlanSchema })
  @ApiProblems(400, 503)
  plan(@Query() query: ReminderPlanRequest): Promise<ReminderPlanResponse> {
    return this.notification.request(NotificationSubjects.reminderPlan, query);
  }

  @Post('run')
  @HttpCode(200)
  @ApiOperation({
    summary: 'ส่งการแจ้งเตือนของวันที่ระบุทันที / Run the reminders of a date now',
    description:
      'ส่งรายการที่ถึงกำหนดตั้งแต่วันที่รันครั้งก่อน แต่ละรายการส่งครั้งเดียว / Issues what fell due since the last run; ' +
      'each reminder is issued once, also across instances. 409 while another instance runs them.',
  })
  @ApiBody({ schema: reminderRunBodySchema })
  @ApiOkResponse({ schema: reminderRunSchema })
  @ApiProblems(400, 409, 503)
  run(@Body() body: ReminderRunRequest): Promise<ReminderRunResponse> {
    return this.notification.request(NotificationSubjects.reminderRun, body);
  }
}
