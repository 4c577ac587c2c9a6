import { FACE_PHOTO_MESSAGES, facePhotoEntryName, facePhotoProblems, MAX_FACE_PHOTO_BYTES, sniffFacePhoto } from './face-photo.js';

const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
const ascii = (t: string) => Uint8Array.from(t, (c) => c.charCodeAt(0));
const webp = Uint8Array.from([...ascii('RIFF'), 0, 0, 0, 0, ...ascii('WEBP')]);

describe(sniffFacePhoto.name, () => {
  it('knows JPEG and PNG by their bytes, and nothing else', () => {
    expect(sniffFacePhoto(jpeg)).toBe('jpeg');
    expect(sniffFacePhoto(png)).toBe('png');
    expect(sniffFacePhoto(webp)).toBeUndefined();
    expect(sniffFacePhoto(Uint8Array.from([0xff, 0xd8]))).toBeUndefined();
  });
});

describe(facePhotoProblems.name, () => {
  it('accepts a JPEG or PNG up to the limit', () => {
    expect(facePhotoProblems(jpeg)).toEqual({});
    expect(facePhotoProblems(png)).toEqual({});
    const atLimit = new Uint8Array(MAX_FACE_PHOTO_BYTES);
    atLimit.set(jpeg);
    expect(facePhotoProblems(atLimit)).toEqual({});
  });

  it('refuses on the file field, in Japanese: nothing, too large, another type', () => {
    expect(facePhotoProblems(undefined)).toEqual({ file: FACE_PHOTO_MESSAGES.empty });
    expect(facePhotoProblems(new Uint8Array(0))).toEqual({ file: FACE_PHOTO_MESSAGES.empty });
    const big = new Uint8Array(MAX_FACE_PHOTO_BYTES + 1);
    big.set(jpeg);
    expect(facePhotoProblems(big)).toEqual({ file: '顔写真は10MBまでです' });
    expect(facePhotoProblems(webp)).toEqual({ file: FACE_PHOTO_MESSAGES.type });
    expect(facePhotoProblems(ascii('GIF89a'))).toEqual({ file: FACE_PHOTO_MESSAGES.type });
  });
});

describe(facePhotoEntryName.name, () => {
  it('names the photo in the hand-over by 申請書ID', () => {
    expect(facePhotoEntryName('12345678901234567890123')).toBe('顔写真/12345678901234567890123.jpg');
  });
});
