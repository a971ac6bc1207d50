import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A local SMTP server for tests, on 127.0.0.1 and a free port. */
export interface TestSmtpServer {
  url: string;
  /** Every message accepted, parsed, in arrival order. */
  messages: ParsedMail[];
  /** Reply to RCPT TO per address, for example `{ 'full@example.test': 452 }`; other addresses are accepted. */
  rejectRecipients: Map<string, number>;
  close(): Promise<void>;
}

/** Starts an SMTP server without authentication or TLS that parses and keeps every message. */
export async function startTestSmtpServer(): Promise<TestSmtpServer> {
  const messages: ParsedMail[] = [];
  const rejectRecipients = new Map<string, number>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const code = rejectRecipients.get(address.address);

      if (code === undefined) {
        callback();

        return;
      }
      const error = Object.assign(new Error(`Mailbox ${address.address} rejected by the test`), { responseCode: code });

      callback(error);
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;

  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    rejectRecipients,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** One request a test webhook receiver got. */
export interface ReceivedWebhook {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** Receiver clock in milliseconds since 1970. */
  receivedAt: number;
}

/** Response of a receiver path: a status, or `hang` to keep the request open without a response. */
export type WebhookBehaviour = number | 'hang';

/** A local HTTP server that records webhook requests and responds per path. */
export interface TestWebhookReceiver {
  baseUrl: string;
  received: ReceivedWebhook[];
  /** Responses per path, taken in order, and the last one repeats. A path without an entry gets 200. */
  behaviours: Map<string, WebhookBehaviour[]>;
  close(): Promise<void>;
}

/** Starts an HTTP server on 127.0.0.1 and a free port that records every request. */
export async function startTestWebhookReceiver(): Promise<TestWebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  const behaviours = new Map<string, WebhookBehaviour[]>();
  const sockets = new Set<Socket>();
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];

    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = request.url ?? '/';

      received.push({ path, headers: request.headers, body: Buffer.concat(chunks).toString('utf8'), receivedAt: Date.now() });
      const queue = behaviours.get(path) ?? [200];
      const behaviour = queue.length > 1 ? (queue.shift() as WebhookBehaviour) : queue[0];

      if (behaviour !== 'hang') {
        response.writeHead(behaviour, { 'Content-Type': 'text/plain' }).end(`status ${behaviour}`);
      }
    });
  });

  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    received,
    behaviours,
    close: () => {
      // Hanging requests keep their sockets open, which server.close would wait for.
      for (const socket of sockets) {
        socket.destroy();
      }

      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
