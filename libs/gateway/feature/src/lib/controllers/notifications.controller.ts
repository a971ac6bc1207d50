import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiTags, OmitType } from '@nestjs/swagger';

import type { HolidayListResponse, InboxItemResponse, InboxPage } from '@bma-kpi/contracts-notification';
import {
  ListHolidaysRequest,
  ListInboxRequest,
  MarkInboxItemRequest,
  NotificationSubjects,
  ReplaceHolidaysRequest,
} from '@bma-kpi/contracts-notification';

import { NotificationClient } from '../clients/notification.client';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { holidayListSchema, inboxItemSchema, inboxPageSchema } from '../openapi/notification.schemas';
import { Access, fieldOf } from '../auth/access.decorator';

/** Body of PUT /notifications/holidays/{year}: the year is in the path. */
export class ReplaceHolidaysBody extends OmitType(ReplaceHolidaysRequest, ['year'] as const) {}

/** Body of POST /notifications/inbox/{id}/read: the item is in the path. */
export class MarkInboxItemBody extends OmitType(MarkInboxItemRequest, ['id'] as const) {}

/** Path of the year whose holidays are replaced; digits arrive as text. */
class HolidayYearParams extends OmitType(ReplaceHolidaysRequest, ['holidays'] as const) {}

/** Holidays that reminders skip, and the in-app inbox. */
@ApiTags('notifications')
@Controller('v1/notifications')
export class NotificationsController {
  constructor(private readonly notification: NotificationClient) {}

  @Access('read')
  @Get('holidays')
  @ApiOperation({ summary: 'วันหยุดราชการที่การแจ้งเตือนข้าม / Holidays that reminders skip' })
  @ApiQuery({ name: 'fromYear', type: Number, example: 2025, description: 'ปี ค.ศ. / Christian-era year' })
  @ApiQuery({ name: 'toYear', type: Number, required: false, description: 'ปี ค.ศ. สุดท้าย (ค่าเริ่มต้น fromYear) / Last year, fromYear by default' })
  @ApiOkResponse({ schema: holidayListSchema })
  @ApiProblems(400, 503)
  listHolidays(@Query() query: ListHolidaysRequest): Promise<HolidayListResponse> {
    return this.notification.request(NotificationSubjects.holidayList, query);
  }

  @Access('admin')
  @Put('holidays/:year')
  @ApiOperation({
    summary: 'กำหนดวันหยุดทั้งปี / Replace the holidays of a year',
    description:
      'รวมวันหยุดทางจันทรคติและวันหยุดชดเชยของปีนั้น / Include the lunar holidays and substitution days of the year; ' +
      'a date outside the year, an impossible or a repeated date is a 400 naming it',
  })
  @ApiParam({ name: 'year', description: 'ปี ค.ศ. / Christian-era year', example: 2025 })
  @ApiBody({ schema: { $ref: '#/components/schemas/ReplaceHolidaysBody' } })
  @ApiOkResponse({ schema: holidayListSchema })
  @ApiProblems(400, 503)
  replaceHolidays(@Param() params: HolidayYearParams, @Body() body: ReplaceHolidaysBody): Promise<HolidayListResponse> {
    return this.notification.request(NotificationSubjects.holidayReplace, { ...body, year: params.year });
  }

  @Access('inbox', { recipient: fieldOf('query', 'recipientId') })
  @Get('inbox')
  @ApiOperation({
    summary: 'กล่องข้อความของผู้รับ / A recipient\'s inbox',
    description:
      'อ่านได้เฉพาะกล่องของตนเอง (user:<sub>) กล่องรวมของหน่วยงาน (agency:<รหัส>) หัวหน้าหน่วยงาน และผู้ประเมิน ตามบทบาท / ' +
      'Callers read their own inbox (user:<sub>) and the shared inboxes of their agency, agency head and evaluators, by role',
  })
  @ApiQuery({ name: 'recipientId', example: 'agency:0411' })
  @ApiQuery({ name: 'unreadOnly', required: false, type: Boolean })
  @ApiQuery({ name: 'page', required: false, type: Number })
  @ApiQuery({ name: 'pageSize', required: false, type: Number })
  @ApiOkResponse({ schema: inboxPageSchema })
  @ApiProblems(400, 503)
  inbox(@Query() query: ListInboxRequest): Promise<InboxPage> {
    return this.notification.request(NotificationSubjects.inboxList, query);
  }

  @Access('inbox', { recipient: fieldOf('body', 'recipientId') })
  @Post('inbox/:id/read')
  @HttpCode(200)
  @ApiOperation({ summary: 'ทำเครื่องหมายว่าอ่านแล้ว / Mark an inbox item read, and acknowledged with acknowledge: true' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiBody({ schema: { $ref: '#/components/schemas/MarkInboxItemBody' } })
  @ApiOkResponse({ schema: inboxItemSchema })
  @ApiProblems(400, 404, 503)
  markRead(@Param('id') id: string, @Body() body: MarkInboxItemBody): Promise<InboxItemResponse> {
    return this.notification.request(NotificationSubjects.inboxMark, { ...body, id });
  }
}
