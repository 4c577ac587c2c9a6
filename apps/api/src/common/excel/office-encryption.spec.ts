import CFB from 'cfb';
import ExcelJS from 'exceljs';
import { decryptOfficePackage, encryptOfficePackage } from './office-encryption';

async function workbook(rows: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('受付票');
  for (let i = 1; i <= rows; i++) ws.addRow([i, `小樽 花子${i}`, '090-0000-0000']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('office encryption (ECMA-376 agile)', () => {
  it('gives back the same workbook with the password, and refuses a wrong one', async () => {
    const pkg = await workbook(300); // more than one 4096-byte segment
    const file = await encryptOfficePackage(pkg, 'Abc23defGhk45mnP');
    expect(file.subarray(0, 8)).toEqual(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])); // a compound file
    expect(file.includes(Buffer.from('小樽 花子1', 'utf8'))).toBe(false);
    expect(file.includes(Buffer.from('PK\u0003\u0004'))).toBe(false); // no plain zip inside
    const opened = await decryptOfficePackage(file, 'Abc23defGhk45mnP');
    expect(opened.equals(pkg)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(opened as unknown as ArrayBuffer);
    expect(wb.getWorksheet('受付票')?.getCell('B2').value).toBe('小樽 花子2');
    await expect(decryptOfficePackage(file, 'Abc23defGhk45mnQ')).rejects.toThrow('wrong password');
  });

  it('notices a changed byte (the HMAC over the package)', async () => {
    const container = CFB.read(await encryptOfficePackage(await workbook(3), 'pw'), { type: 'buffer' });
    const entry = CFB.find(container, 'EncryptedPackage')!;
    (entry.content as Uint8Array)[40] ^= 0xff;
    const changed = Buffer.from(CFB.write(container, { type: 'buffer' }) as Uint8Array);
    await expect(decryptOfficePackage(changed, 'pw')).rejects.toThrow('the file was changed');
  });
});
