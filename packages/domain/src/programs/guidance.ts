import { z } from 'zod';

/**
 * What the operator tells a resident, as the city writes it (issue 16 item 5): the fee for a re-issue, how the
 * card is picked up, who may pick it up for the applicant, and how long a card is valid. A template per
 * program, filled from defaults that follow the national and municipal guidance (seed 002, 新潟市), edited by
 * the city admin (Otaru's spec asks ¥2,000 on the day, 003 §8(2)オ). Read out by application type and method
 * (bookings/intake.ts guidanceChecklist), on the booking desk and the reception slip.
 */

const TEXT_MAX = 1000;
const text = (fallback: string) =>
  z.string().trim().min(1, { message: '案内文を入力してください' }).max(TEXT_MAX, { message: `${TEXT_MAX}文字以内で入力してください` }).default(fallback);

/** Defaults from seed 002: fees (「紛失・失効等による再交付手数料は、1名あたり1,000円」), pick-up, proxy pick-up, validity. */
export const DEFAULT_GUIDANCE = {
  reissueFeeYen: 1000,
  pickUp:
    '申請から約1か月後に交付通知書（はがき）が届きます。受取日時を予約のうえ、ご本人が来庁して受け取ります。受取の際に暗証番号を設定するので、あらかじめ考えておいてください。',
  proxyPickUp:
    '病気・障がい等のやむを得ない理由でご本人が来庁できない場合に限り、代理人が受け取れます。交付通知書の委任欄に来庁が困難な旨を記入し、ご本人の本人確認書類（A区分2点、A区分1点とB区分1点、またはB区分3点（うち写真付き1点以上））、代理人の本人確認書類（A区分2点、またはA区分1点とB区分1点）と、理由を示す書類（診断書など）を持参します。事前に市へご相談ください。',
  validity:
    'カードの有効期限は発行日から10回目の誕生日まで（18歳未満は5回目）、電子証明書は5回目の誕生日までです。有効期限の3か月前から更新でき、更新の手数料は無料です。',
} as const;

const BRING_MAX = 1000;
const bringText = (fallback: string) => z.string().trim().max(BRING_MAX, { message: `${BRING_MAX}文字以内で入力してください` }).default(fallback);

/**
 * 持参物 (issue 21 item 2): what the team takes along to a visit, one item a line — the items for every visit and
 * those for each application type met on it. Printed on the itinerary (訪問行程表, teams/itinerary.ts); edited per
 * program with the guidance.
 */
export const DEFAULT_BRING = {
  common: '訪問行程表（本紙）\nスタッフ証（名札）\n顔写真撮影用のカメラ・白い背景布\n筆記用具・拡大鏡\n本人確認書類の確認表',
  new: '個人番号カード交付申請書（新規）',
  renewal: '個人番号カード交付申請書（更新）\n電子証明書の更新の案内',
  lost: '個人番号カード交付申請書（再交付）\n紛失届の様式\n再交付手数料の領収書綴り',
  damaged: '個人番号カード交付申請書（再交付）\n破損したカードの回収用封筒\n再交付手数料の領収書綴り',
  other_reissue: '個人番号カード交付申請書（再交付）\n再交付手数料の領収書綴り',
} as const;

export const bringSchema = z.object({
  common: bringText(DEFAULT_BRING.common),
  new: bringText(DEFAULT_BRING.new),
  renewal: bringText(DEFAULT_BRING.renewal),
  lost: bringText(DEFAULT_BRING.lost),
  damaged: bringText(DEFAULT_BRING.damaged),
  other_reissue: bringText(DEFAULT_BRING.other_reissue),
});
export type BringSetting = z.output<typeof bringSchema>;

export const programGuidanceSchema = z.object({
  /** The re-issue fee (lost, damaged) in yen; 0 = free. */
  reissueFeeYen: z
    .int({ message: '手数料を整数で入力してください' })
    .min(0, { message: '手数料は0円以上で入力してください' })
    .max(100_000, { message: '手数料が大きすぎます' })
    .default(DEFAULT_GUIDANCE.reissueFeeYen),
  /** How the card is picked up when it is not handed over on the visit (交付時来庁). */
  pickUp: text(DEFAULT_GUIDANCE.pickUp),
  /** Who may pick it up instead, and what they bring. */
  proxyPickUp: text(DEFAULT_GUIDANCE.proxyPickUp),
  /** How long the card and its certificates are valid, and when they can be renewed. */
  validity: text(DEFAULT_GUIDANCE.validity),
  /** 持参物 per application type (the itinerary); filled with DEFAULT_BRING by resolveGuidance. */
  bring: bringSchema.optional(),
});
export type ProgramGuidance = z.output<typeof programGuidanceSchema>;

/** The guidance with every default filled in (a program saved before guidance existed, or a partial one). */
export function resolveGuidance(stored: Partial<ProgramGuidance> | null | undefined): ProgramGuidance {
  const guidance = programGuidanceSchema.parse(stored ?? {});
  return { ...guidance, bring: bringSchema.parse(guidance.bring ?? {}) };
}
