import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiParam, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';

import { CommonErrorCode, DomainException } from '@bma-kpi/errors';
import type { ApiClientRecord, ApiClientRepository, AuditEntryRecord, AuditRepository, Page } from '@bma-kpi/gateway-data-access';

import { IndicatorsClient } from '../clients/indicators.client';
import { GatewayErrorCode } from '../http/gateway-error-codes';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { Access } from './access.decorator';
import { requestAccessOf } from './access.guard';
import { ApiClientIdParams, AuditQuery, CreateApiClientBody, ListApiClientsQuery } from './admin.requests';
import { issueApiKey } from './api-key';
import { API_CLIENT_REPOSITORY, AUDIT_REPOSITORY } from './auth.tokens';
import { assertKnownAgency } from './known-agency';
import type { Principal } from './principal';

function pageOf(query: { page?: number; pageSize?: number }): { page: number; pageSize: number } {
  return { page: query.page ?? 1, pageSize: query.pageSize ?? 50 };
}

function notFound(id: string): DomainException {
  return new DomainException(GatewayErrorCode.apiClientNotFound, `No API client ${id}.`, `ไม่พบไคลเอนต์ API ${id}`);
}

function expiryInPast(expiresAt: string): DomainException {
  return new DomainException(CommonErrorCode.validationFailed, `expiresAt ${expiresAt} has passed; a new key must expire in the future.`, `วันหมดอายุ ${expiresAt} ผ่านไปแล้ว คีย์ใหม่ต้องหมดอายุในอนาคต`, {
    errors: [{ field: 'expiresAt', rule: 'future', messageTh: 'ต้องเป็นเวลาในอนาคต', messageEn: 'must be in the future' }],
  });
}

function actorOf(request: Request): string {
  return requestAccessOf(request)?.principal.id ?? 'anonymous';
}

/** API clients (systems with API keys) and the audit log, for administrators. */
@ApiTags('admin')
@Access('admin')
@Controller('v1/admin')
export class AdminController {
  constructor(
    @Inject(API_CLIENT_REPOSITORY) private readonly clients: ApiClientRepository,
    @Inject(AUDIT_REPOSITORY) private readonly audit: AuditRepository,
    private readonly indicators: IndicatorsClient,
  ) {}

  @Post('api-clients')
  @ApiOperation({
    summary: 'สร้างไคลเอนต์ API และคีย์ / Create an API client and its key',
    description: 'แสดงคีย์ครั้งเดียวในคำตอบนี้ ระบบเก็บเฉพาะค่าแฮช / The key appears once, in this response; only its hash is stored',
  })
  @ApiBody({ schema: { $ref: '#/components/schemas/CreateApiClientBody' } })
  @ApiResponse({ status: 201, description: 'ไคลเอนต์และคีย์ / The client and its key' })
  @ApiProblems(400)
  async create(@Body() body: CreateApiClientBody, @Req() request: Request): Promise<ApiClientRecord & { key: string }> {
    if (body.expiresAt !== undefined && new Date(body.expiresAt).getTime() <= Date.now()) {
      throw expiryInPast(body.expiresAt);
    }
    if (body.agency !== undefined) {
      await assertKnownAgency(this.indicators, body.agency, 'agency');
    }
    const issued = issueApiKey();
    const client = await this.clients.create({
      name: body.name.trim(),
      keyPrefix: issued.keyPrefix,
      keyHash: issued.keyHash,
      scopes: [...new Set(body.scopes)],
      agencyCode: body.agency ?? null,
      expiresAt: body.expiresAt === undefined ? null : new Date(body.expiresAt),
      createdBy: actorOf(request),
    });

    return { ...client, key: issued.key };
  }

  @Get('api-clients')
  @ApiOperation({ summary: 'รายการไคลเอนต์ API / List API clients' })
  @ApiQuery({ name: 'includeRevoked', required: false, type: Boolean })
  @ApiQuery({ name: 'page', required: false, type: Number })
  @ApiQuery({ name: 'pageSize', required: false, type: Number })
  @ApiProblems(400)
  list(@Query() query: ListApiClientsQuery): Promise<Page<ApiClientRecord>> {
    return this.clients.list(query.includeRevoked === true, pageOf(query));
  }

  @Get('api-clients/:id')
  @ApiOperation({ summary: 'ไคลเอนต์ API หนึ่งราย / One API client' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiProblems(400, 404)
  async get(@Param() params: ApiClientIdParams): Promise<ApiClientRecord> {
    return (await this.clients.get(params.id)) ?? Promise.reject(notFound(params.id));
  }

  @Post('api-clients/:id/revoke')
  @HttpCode(200)
  @ApiOperation({
    summary: 'เพิกถอนคีย์ / Revoke a client\'s key',
    description: 'คีย์ใช้ไม่ได้ทันที เพิกถอนซ้ำไม่เปลี่ยนเวลาเดิม / The key stops working at once; revoking again keeps the first time',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiProblems(400, 404)
  async revoke(@Param() params: ApiClientIdParams, @Req() request: Request): Promise<ApiClientRecord> {
    return (await this.clients.revoke(params.id, actorOf(request), new Date())) ?? Promise.reject(notFound(params.id));
  }

  @Get('audit')
  @ApiOperation({
    summary: 'บันทึกการตรวจสอบ / The audit log',
    description:
      'ทุกคำขอที่เขียนข้อมูล ทั้งที่สำเร็จ ล้มเหลว และถูกปฏิเสธ ใหม่สุดก่อน แก้ไขหรือลบไม่ได้ / Every write, ' +
      'succeeded, failed or refused, newest first; entries cannot be changed or removed',
  })
  @ApiQuery({ name: 'from', required: false, example: '2026-12-01T00:00:00+07:00' })
  @ApiQuery({ name: 'to', required: false })
  @ApiQuery({ name: 'actor', required: false, example: 'user:somchai' })
  @ApiQuery({ name: 'outcome', required: false, enum: ['succeeded', 'failed', 'denied'] })
  @ApiQuery({ name: 'permission', required: false })
  @ApiQuery({ name: 'correlationId', required: false })
  @ApiQuery({ name: 'page', required: false, type: Number })
  @ApiQuery({ name: 'pageSize', required: false, type: Number })
  @ApiProblems(400)
  auditLog(@Query() query: AuditQuery): Promise<Page<AuditEntryRecord>> {
    return this.audit.list(
      {
        ...(query.from ? { from: new Date(query.from) } : {}),
        ...(query.to ? { to: new Date(query.to) } : {}),
        ...(query.actor ? { actorId: query.actor } : {}),
        ...(query.outcome ? { outcome: query.outcome } : {}),
        ...(query.permission ? { permission: query.permission } : {}),
        ...(query.correlationId ? { correlationId: query.correlationId } : {}),
      },
      pageOf(query),
    );
  }
}

/** Route that returns the caller's principal: id, roles and agency. */
@ApiTags('admin')
@Controller('v1')
export class WhoAmIController {
  @Get('me')
  @Access('read')
  @ApiOperation({ summary: 'ผู้เรียกและบทบาท / The caller, its roles and agency' })
  me(@Req() request: Request): Principal | undefined {
    return requestAccessOf(request)?.principal;
  }
}
