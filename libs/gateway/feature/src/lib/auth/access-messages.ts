import { DomainException } from '@bma-kpi/errors';

import { GatewayErrorCode } from '../http/gateway-error-codes';
import type { AccessDenial, Permission } from './access-policy';
import type { InvalidCredentialsError } from './authenticator';

const credentialMessages: Record<InvalidCredentialsError['reason'], { en: string; th: string }> = {
  expired: { en: 'The bearer token has expired; get a new one.', th: 'โทเคนหมดอายุแล้ว โปรดขอโทเคนใหม่' },
  invalid: {
    en: 'The bearer token is not valid: wrong signature, audience or issuer, or not a JWT.',
    th: 'โทเคนไม่ถูกต้อง: ลายมือชื่อ ผู้รับ (audience) หรือผู้ออก (issuer) ไม่ตรง หรือไม่ใช่ JWT',
  },
  claims: {
    en: 'The bearer token lacks the claims the gateway needs: sub, exp, a roles list, and a 4-digit agency code when it names one.',
    th: 'โทเคนขาดข้อมูลที่จำเป็น: sub, exp รายการบทบาท (roles) และรหัสหน่วยงาน 4 หลักถ้าระบุหน่วยงาน',
  },
  'api-key': { en: 'The API key is unknown, revoked or expired.', th: 'ไม่รู้จักคีย์ API นี้ หรือคีย์ถูกเพิกถอนหรือหมดอายุแล้ว' },
  scheme: {
    en: 'Send the credentials as "Authorization: Bearer <token>" or "X-API-Key: <key>".',
    th: 'ส่งข้อมูลยืนยันตัวตนเป็น "Authorization: Bearer <โทเคน>" หรือ "X-API-Key: <คีย์>"',
  },
};

export function invalidCredentials(reason: InvalidCredentialsError['reason']): DomainException {
  const message = credentialMessages[reason];

  return new DomainException(GatewayErrorCode.invalidCredentials, message.en, message.th);
}

const permissionTh: Record<Permission, string> = {
  public: 'อ่านข้อมูลสาธารณะ',
  read: 'อ่านข้อมูล',
  'agency.write': 'แก้ไขข้อมูลของหน่วยงาน',
  'agency.approve': 'อนุมัติงานของหน่วยงาน',
  'progress.write': 'รายงานผลการดำเนินงาน',
  'evaluation.write': 'ประเมินผล',
  'evaluation.respond': 'ตอบการประเมินในนามหน่วยงาน',
  inbox: 'อ่านกล่องข้อความ',
  'integration.subscribe': 'สมัครรับ webhook ของระบบที่เชื่อมต่อ',
  admin: 'ดูแลระบบ',
};

/** Builds the 401 or 403 of a denied request, naming the permission and the rule in Thai and English. */
export function accessDenied(reason: AccessDenial, permission: Permission, targetAgency: string | null | undefined): DomainException {
  const details = { permission, ...(targetAgency ? { agency: targetAgency } : {}) };

  switch (reason) {
    case 'SIGN_IN':
      return new DomainException(
        GatewayErrorCode.authenticationRequired,
        `Sign in first: this route needs permission ${permission}. Send a bearer token or an API key.`,
        `โปรดยืนยันตัวตนก่อน เส้นทางนี้ต้องมีสิทธิ์${permissionTh[permission]} (${permission}) ส่งโทเคนหรือคีย์ API มาด้วย`,
        { details },
      );
    case 'ROLE':
      return new DomainException(
        GatewayErrorCode.accessDenied,
        `None of your roles holds permission ${permission}.`,
        `บทบาทของท่านไม่มีสิทธิ์${permissionTh[permission]} (${permission})`,
        { details },
      );
    case 'AGENCY_MISSING':
      return new DomainException(
        GatewayErrorCode.accessDenied,
        `Permission ${permission} is limited to your agency, and the request names no owner agency.`,
        `สิทธิ์${permissionTh[permission]}ใช้ได้กับหน่วยงานของท่านเท่านั้น แต่คำขอไม่ได้ระบุหน่วยงานเจ้าของ`,
        { details },
      );
    case 'INBOX':
      return new DomainException(
        GatewayErrorCode.accessDenied,
        'You may read only your own inbox and the shared inboxes of your agency and role.',
        'ท่านอ่านได้เฉพาะกล่องข้อความของตนเองและกล่องข้อความรวมของหน่วยงานและบทบาทของท่าน',
        { details },
      );
    case 'AGENCY':
      return new DomainException(
        GatewayErrorCode.accessDenied,
        `Permission ${permission} is limited to your own agency; the target belongs to ${targetAgency ?? 'another agency'}.`,
        `สิทธิ์${permissionTh[permission]}ใช้ได้กับหน่วยงานของท่านเท่านั้น เป้าหมายนี้เป็นของหน่วยงาน ${targetAgency ?? 'อื่น'}`,
        { details },
      );
  }
}
