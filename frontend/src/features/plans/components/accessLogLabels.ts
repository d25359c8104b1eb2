import { useTranslation } from 'react-i18next';

/** What the audit log records (AuditLog.Action on the server). */
export const AUDIT_ACTIONS = ['READ', 'LIST', 'CREATE', 'UPDATE', 'TRANSITION', 'WITHDRAW', 'EXPORT', 'ANONYMISE', 'REQUEST'] as const;
/** The kinds of record an access concerns. */
export const AUDIT_RECORDS = [
  'CLIENT', 'PLAN', 'PLAN_STEP', 'PLAN_MEETING', 'PLAN_OUTCOME', 'REFERRAL', 'DATA_SHARING', 'AUDIT_LOG', 'ENDPOINT',
] as const;
/** Why the data was used (the purposes the server records). */
export const AUDIT_PURPOSES = [
  'CASE_WORK', 'CLIENT_REGISTRATION', 'SHARING_MANAGEMENT', 'PLAN_DELIVERY', 'PLAN_SIGNATURE_DOCUMENT', 'REFERRAL',
  'RETENTION_EXPIRED', 'DATA_PROTECTION_REVIEW', 'GDPR art. 15 request',
] as const;

type AuditAction = (typeof AUDIT_ACTIONS)[number];
type AuditRecord = (typeof AUDIT_RECORDS)[number];

const PURPOSE_KEYS: Record<(typeof AUDIT_PURPOSES)[number], string> = {
  CASE_WORK: 'CASE_WORK',
  CLIENT_REGISTRATION: 'CLIENT_REGISTRATION',
  SHARING_MANAGEMENT: 'SHARING_MANAGEMENT',
  PLAN_DELIVERY: 'PLAN_DELIVERY',
  PLAN_SIGNATURE_DOCUMENT: 'PLAN_SIGNATURE_DOCUMENT',
  REFERRAL: 'REFERRAL',
  RETENTION_EXPIRED: 'RETENTION_EXPIRED',
  DATA_PROTECTION_REVIEW: 'DATA_PROTECTION_REVIEW',
  'GDPR art. 15 request': 'DATA_SUBJECT_REQUEST',
};

const isIn = <T extends string>(values: readonly T[]) => (value: string): value is T => (values as readonly string[]).includes(value);
const isAction = isIn(AUDIT_ACTIONS);
const isRecord = isIn(AUDIT_RECORDS);
const isPurpose = isIn(AUDIT_PURPOSES);

/**
 * The access log's codes in words ("Odczyt · osoba", not "READ · CLIENT"). A code the SPA does not
 * know yet is shown as sent, so nothing is hidden from the data-protection officer.
 */
export function useAccessLogLabels() {
  const { t } = useTranslation();
  return {
    action: (code: string): string => (isAction(code) ? t(`accessLogCode.action.${code as AuditAction}`) : code),
    record: (code: string): string => (isRecord(code) ? t(`accessLogCode.record.${code as AuditRecord}`) : code),
    purpose: (code: string): string =>
      isPurpose(code) ? t(`accessLogCode.purpose.${PURPOSE_KEYS[code] as 'CASE_WORK'}`) : code,
  };
}
