import { Injectable, Logger } from '@nestjs/common';

import type { DeadLetterPage, DeadLetterResponse, DeadLetterSummary, ListDeadLettersRequest } from '@bma-kpi/contracts-notification';
import { NotificationErrorCode } from '@bma-kpi/contracts-notification';
import { DomainException } from '@bma-kpi/errors';
import { parseEventEnvelope } from '@bma-kpi/messaging';
import { DeadLetterEventRepository, type DeadLetterEventRecord } from '@bma-kpi/notification-data-access';

import { NotificationReactions } from '../notification-reactions';
import { defaultPageSize } from '../registry/registry-errors';

function toSummary(record: DeadLetterEventRecord): DeadLetterSummary {
  const { payload: _payload, ...summary } = record;

  return summary;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Lets operators inspect dead-lettered events and run them through the event handler again. A
 * replay reads the stored message the way the event consumer does, and the inbox table skips an
 * event id that was handled already, so a second replay has no second effect.
 */
@Injectable()
export class DeadLetterService {
  private readonly logger = new Logger(DeadLetterService.name);

  constructor(
    private readonly deadLetters: DeadLetterEventRepository,
    private readonly reactions: NotificationReactions,
  ) {}

  async list(request: ListDeadLettersRequest): Promise<DeadLetterPage> {
    const page = request.page ?? 1;
    const pageSize = request.pageSize ?? defaultPageSize;
    const result = await this.deadLetters.list({ replayed: request.replayed, subject: request.subject }, { page, pageSize });

    return { items: result.items.map(toSummary), total: result.total, page, pageSize };
  }

  async get(id: string): Promise<DeadLetterResponse> {
    return this.letterOf(id);
  }

  /**
   * Handles the stored event again and records the replay time. When handling fails, the letter
   * stays unreplayed and the caller gets DEAD_LETTER_REPLAY_FAILED with the error.
   */
  async replay(id: string): Promise<DeadLetterResponse> {
    const letter = await this.letterOf(id);

    try {
      await this.reactions.handle(parseEventEnvelope(letter.payload));
    } catch (error) {
      const reason = errorText(error);

      this.logger.warn({ deadLetterId: id, eventId: letter.eventId, subject: letter.subject, err: error }, 'Dead-letter replay failed');
      throw new DomainException(
        NotificationErrorCode.deadLetterReplayFailed,
        `Replaying dead letter ${id} failed: ${reason} It stays unreplayed; fix the cause and replay it again.`,
        `ส่งเหตุการณ์ที่ค้าง ${id} ซ้ำไม่สำเร็จ: ${reason} รายการยังคงรอการส่งซ้ำ แก้สาเหตุแล้วลองอีกครั้ง`,
        { details: { error: reason } },
      );
    }
    const replayed = await this.deadLetters.markReplayed(id);

    this.logger.log({ deadLetterId: id, eventId: letter.eventId, subject: letter.subject }, 'Dead letter replayed');

    return replayed ?? letter;
  }

  private async letterOf(id: string): Promise<DeadLetterEventRecord> {
    const letter = await this.deadLetters.get(id);

    if (letter === null) {
      throw new DomainException(NotificationErrorCode.deadLetterNotFound, `No dead letter ${id}.`, `ไม่พบเหตุการณ์ที่ค้าง ${id}`);
    }

    return letter;
  }
}
