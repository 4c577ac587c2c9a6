import type { FieldErrors } from '../common/errors.js';

/**
 * 顔写真 of an application (issue 19 item 3): the applicant's face photo as staff attach it on the application — taken
 * on site or brought and photographed — kept encrypted with the application's personal fields, handed over to the
 * city named by 申請書ID, and deleted with them. Never an activity photo: not counted, not in any report.
 */

/** Largest face photo accepted: a phone's camera photo (3–8 MB) with room to spare. */
export const MAX_FACE_PHOTO_BYTES = 10 * 1024 * 1024;

export type FacePhotoType = 'jpeg' | 'png';

export const FACE_PHOTO_MESSAGES = {
  empty: '顔写真のファイルを選択してください',
  type: '顔写真は JPEG または PNG の画像を選択してください（HEIC は JPEG で保存してください）',
  size: `顔写真は${MAX_FACE_PHOTO_BYTES / 1024 / 1024}MBまでです`,
  unreadable: '顔写真を画像として読み取れません。別のファイルを選択してください',
  deleted: 'この申請記録の個人情報は削除済みのため顔写真を付けられません',
  none: 'この申請記録には顔写真がありません',
} as const;

/** What the bytes say the file is (JPEG or PNG); the client's name and type are never trusted. */
export function sniffFacePhoto(bytes: Uint8Array): FacePhotoType | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length >= png.length && png.every((b, i) => bytes[i] === b)) return 'png';
  return undefined;
}

/** The problems of an upload as field errors on `file` (empty, too large, not JPEG/PNG); empty when it may be stored. */
export function facePhotoProblems(bytes: Uint8Array | undefined): FieldErrors {
  if (!bytes || bytes.length === 0) return { file: FACE_PHOTO_MESSAGES.empty };
  if (bytes.length > MAX_FACE_PHOTO_BYTES) return { file: FACE_PHOTO_MESSAGES.size };
  if (!sniffFacePhoto(bytes)) return { file: FACE_PHOTO_MESSAGES.type };
  return {};
}

/** The photo's name in the hand-over download: `顔写真/<申請書ID>.jpg` (the 申請書ID as stored: 23 digits). */
export function facePhotoEntryName(applicationFormId: string): string {
  return `顔写真/${applicationFormId}.jpg`;
}
