/** An event that failed every delivery attempt or could not be read. Instants are ISO 8601 in UTC. */
export interface DeadLetterSummary {
  id: string;
  /** Id of the event; null when the message carried no readable id. */
  eventId: string | null;
  subject: string;
  /** Error of the last delivery attempt. */
  error: string;
  deliveries: number;
  streamSequence: number | null;
  createdAt: string;
  /** When an operator last replayed the event successfully; null while it waits. */
  replayedAt: string | null;
}

/** A dead-lettered event with the message as received. */
export interface DeadLetterResponse extends DeadLetterSummary {
  payload: string;
}

/** One page of dead-lettered events, newest first. */
export interface DeadLetterPage {
  items: DeadLetterSummary[];
  total: number;
  page: number;
  pageSize: number;
}
