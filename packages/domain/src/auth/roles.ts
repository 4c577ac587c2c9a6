import { z } from 'zod';

export const roleSchema = z.enum(['system_admin', 'city_admin', 'city_viewer', 'vendor_manager', 'vendor_staff']);
export type Role = z.infer<typeof roleSchema>;
export const ROLES = roleSchema.options;

export const organizationKindSchema = z.enum(['city', 'vendor', 'operator']);
export type OrganizationKind = z.infer<typeof organizationKindSchema>;

/** Which organization kind each role belongs to. */
export const ROLE_ORGANIZATION_KIND: Record<Role, OrganizationKind> = {
  system_admin: 'operator',
  city_admin: 'city',
  city_viewer: 'city',
  vendor_manager: 'vendor',
  vendor_staff: 'vendor',
};

export const ROLE_LABELS_JA: Record<Role, string> = {
  system_admin: 'システム管理者',
  city_admin: '市担当者（管理）',
  city_viewer: '市職員（閲覧）',
  vendor_manager: '受託者管理者',
  vendor_staff: '受託者スタッフ',
};

/**
 * Every action the API authorizes, and which roles may do it. The API's guards and the dashboard's
 * canAccess both read this one map, so the UI never offers what the API refuses.
 */
export const PERMISSIONS = {
  'municipality.read': ['system_admin'],
  'municipality.manage': ['system_admin'],
  'organization.read': ['system_admin', 'city_admin', 'vendor_manager'],
  'organization.manage': ['system_admin'],
  'user.read': ['system_admin', 'city_admin', 'vendor_manager'],
  'user.manage': ['system_admin', 'city_admin', 'vendor_manager'],
  /** The city's admins and viewers see every handling of their residents' data, their vendor's included (特記事項 §15). */
  'handling_record.read': ['city_admin', 'city_viewer', 'vendor_manager'],
  'export.download': ['city_admin', 'city_viewer', 'vendor_manager'],
  'program.read': ['city_admin', 'city_viewer', 'vendor_manager', 'vendor_staff'],
  'program.manage': ['city_admin'],
  'calendar.manage': ['city_admin', 'vendor_manager'],
  'reservation.read_personal': ['city_admin', 'vendor_manager', 'vendor_staff'],
  'call.log': ['vendor_manager', 'vendor_staff'],
  'session.manage': ['vendor_manager', 'vendor_staff'],
  'followup.manage': ['vendor_manager', 'vendor_staff'],
  'booking.manage': ['vendor_manager', 'vendor_staff'],
  /** Lead-time and 3rd-slot travel overrides, confirming facility bookings, sharing slips with the city. */
  'booking.override': ['vendor_manager'],
  'booking.share': ['vendor_manager'],
  /** チーム編成: the vendor's manager assigns each visit half-day's team (staff read their own through booking.manage). */
  'team.assign': ['vendor_manager'],
  /** Reception slips the vendor has shared with the city. */
  'reservation.read_shared': ['city_admin', 'city_viewer'],
  'report.submit': ['vendor_manager', 'vendor_staff'],
  'report.accept': ['city_admin'],
  /** 社内確認: the vendor manager checks (releases) or returns staff's daily reports before the city sees them. */
  'report.review': ['vendor_manager'],
  /**
   * 個人情報の事故報告 (特記事項 §12): the vendor's manager reports and updates it, the city's admin records the
   * city's instructions (and may record an incident the city learned of first) — both parties of the contract, as
   * for the visit-day calendar. Everyone on the program reads it (program.read).
   */
  'incident.manage': ['city_admin', 'vendor_manager'],
  /** 実施場所の承認 (004 §7(3)): the vendor proposes a facility, home district or venue; the city's admin approves or rejects it. */
  'site.propose': ['vendor_manager', 'vendor_staff'],
  'site.decide': ['city_admin'],
  /** 業務計画書 (004 §8(1)): the vendor's manager submits the plan (or withdraws it); the city's admin consents or returns it. */
  'plan.submit': ['vendor_manager'],
  'plan.decide': ['city_admin'],
  /** 月次報告書・委託業務完了報告書 (issue 20): the vendor's manager submits them; the city's admin accepts or returns them (report.accept). */
  'period_report.submit': ['vendor_manager'],
  /**
   * 様式は協議 (004 §8(11), issue 20 item 4): the city's admin records the agreed form of the monthly and completion
   * reports (sheets, order, era style, title, document number); the vendor reads it (program.read) and builds with it.
   */
  'report_form.manage': ['city_admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;
export const ALL_PERMISSIONS = Object.keys(PERMISSIONS) as Permission[];

/** Permissions that open residents' personal data: withheld until the second factor is passed where required. */
export const PERSONAL_DATA_PERMISSIONS: readonly Permission[] = ['reservation.read_personal'];

export function permissionsOf(role: Role, options: { personalDataAllowed?: boolean } = {}): Permission[] {
  const allowed = options.personalDataAllowed ?? true;
  return ALL_PERMISSIONS.filter(
    (p) => (PERMISSIONS[p] as readonly Role[]).includes(role) && (allowed || !PERSONAL_DATA_PERMISSIONS.includes(p)),
  );
}

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** Whether the role may see residents' personal data at all (the TOTP requirement applies to these roles). */
export function seesPersonalData(role: Role): boolean {
  return PERSONAL_DATA_PERMISSIONS.some((p) => can(role, p));
}

/**
 * Whether a person may open residents' personal data in one program: a program that requires a second factor
 * asks it of the roles that see personal data, in that program only — another city's setting changes nothing here.
 */
export function personalDataOpen(actor: { role: Role; totpVerified: boolean }, program: { requireTotp: boolean }): boolean {
  return !program.requireTotp || actor.totpVerified || !seesPersonalData(actor.role);
}

/** The roles an administrator may give to users of their own organization. */
export function assignableRoles(actorRole: Role): Role[] {
  switch (actorRole) {
    case 'system_admin':
      return [...ROLES];
    case 'city_admin':
      return ['city_admin', 'city_viewer'];
    case 'vendor_manager':
      return ['vendor_manager', 'vendor_staff'];
    default:
      return [];
  }
}
