import { readFileSync } from 'node:fs';
import path from 'node:path';

import { Option, type Command } from 'commander';
import { SignJWT } from 'jose';

import type { CliIo } from '../cli-io';

/** Roles a token may carry; the gateway ignores any other. */
const roles = ['admin', 'evaluator', 'agency_reporter', 'agency_approver', 'viewer', 'integration'];

/** Options of `token`. */
export interface TokenOptions {
  role: string[];
  sub: string;
  agency?: string;
  hours: number;
  audience: string;
  dataDir: string;
}

/** Returns the HS256 secret: AUTH_JWT_SECRET, or the one the embedded mode keeps under DATA_DIR. */
export function localSecretOf(dataDir: string, environment: NodeJS.ProcessEnv = process.env): string {
  const configured = environment['AUTH_JWT_SECRET'];

  if (configured) {
    return configured;
  }
  try {
    return readFileSync(path.join(dataDir, 'auth', 'jwt-secret'), 'utf8').trim();
  } catch {
    throw new Error(
      `ไม่พบกุญแจลงนาม กำหนด AUTH_JWT_SECRET หรือเริ่ม npm start ก่อน / no signing secret: set AUTH_JWT_SECRET or run npm start first (${path.join(dataDir, 'auth', 'jwt-secret')})`,
    );
  }
}

/** Signs a local HS256 token for the embedded mode or a gateway that trusts AUTH_JWT_SECRET. */
export function signToken(secret: string, options: TokenOptions): Promise<string> {
  return new SignJWT({ roles: options.role, ...(options.agency ? { agency: options.agency } : {}) })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(options.sub)
    .setAudience(options.audience)
    .setIssuedAt()
    .setExpirationTime(`${options.hours}h`)
    .sign(Buffer.from(secret, 'utf8'));
}

function checked(options: TokenOptions): string | null {
  if (!options.role.every((role) => roles.includes(role))) {
    return `บทบาทต้องเป็น / --role must be one of: ${roles.join(', ')}`;
  }
  if (options.agency === undefined && options.role.some((role) => role === 'agency_reporter' || role === 'agency_approver')) {
    return 'ผู้รายงานและผู้อนุมัติของหน่วยงานต้องระบุ --agency / agency_reporter and agency_approver need --agency, e.g. --agency 0411';
  }
  if (options.agency !== undefined && !/^\d{4}$/u.test(options.agency)) {
    return 'รหัสหน่วยงานต้องเป็นตัวเลข 4 หลัก / --agency must be a 4-digit BMA agency code such as 0411';
  }
  if (!Number.isInteger(options.hours) || options.hours < 1 || options.hours > 720) {
    return 'จำนวนชั่วโมงต้องเป็น 1–720 / --hours must be a whole number from 1 to 720';
  }

  return null;
}

/** Adds `token`, which prints a bearer token for local use. */
export function registerTokenCommand(program: Command, io: CliIo): void {
  program
    .command('token')
    .description('Print a bearer token signed with the local secret (embedded mode or AUTH_JWT_SECRET)')
    .addOption(new Option('--role <role...>', 'roles of the token').default(['admin']))
    .option('--sub <subject>', 'user name the token stands for', 'local-user')
    .option('--agency <code>', '4-digit BMA agency code of agency staff, e.g. 0411')
    .option('--hours <hours>', 'hours until it expires', (value) => Number(value), 12)
    .option('--audience <audience>', 'audience the gateway expects (AUTH_JWT_AUDIENCE)', process.env['AUTH_JWT_AUDIENCE'] ?? 'bma-kpi')
    .option('--data-dir <folder>', 'DATA_DIR of the embedded mode', process.env['DATA_DIR'] ?? '.data')
    .action(async (options: TokenOptions) => {
      const problem = checked(options);

      if (problem !== null) {
        io.writeErr(`${problem}\n`);
        io.setExitCode(2);

        return;
      }
      try {
        io.writeOut(`${await signToken(localSecretOf(options.dataDir), options)}\n`);
      } catch (error) {
        io.writeErr(`${error instanceof Error ? error.message : String(error)}\n`);
        io.setExitCode(1);
      }
    });
}
