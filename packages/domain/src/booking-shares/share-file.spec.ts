import fc from 'fast-check';
import { SHARE_PASSWORD_ALPHABET, SHARE_PASSWORD_LENGTH, shareFileApprovalProblem, shareFileDownloadProblem, sharePassword } from './share-file.js';

describe(shareFileApprovalProblem.name, () => {
  it('needs a second person to approve a prepared file', () => {
    const file = { status: 'prepared' as const, preparedBy: 'staff', approvedDate: null };
    expect(shareFileApprovalProblem(file, 'manager')).toBeNull();
    expect(shareFileApprovalProblem(file, 'staff')).toBe('準備した本人は承認できません。別の管理者が内容を確認して承認してください');
    expect(shareFileApprovalProblem({ ...file, status: 'approved', approvedDate: '2026-06-08' }, 'manager')).toBe('このファイルは承認待ちではありません');
  });
});

describe(shareFileDownloadProblem.name, () => {
  it('releases the file only once approved, for seven days', () => {
    expect(shareFileDownloadProblem({ status: 'prepared', preparedBy: 's', approvedDate: null }, '2026-06-08')).toBe('管理者の承認前はダウンロードできません');
    expect(shareFileDownloadProblem({ status: 'rejected', preparedBy: 's', approvedDate: null }, '2026-06-08')).toMatch(/差し戻されました/);
    const approved = { status: 'approved' as const, preparedBy: 's', approvedDate: '2026-06-08' };
    expect(shareFileDownloadProblem(approved, '2026-06-15')).toBeNull();
    expect(shareFileDownloadProblem(approved, '2026-06-16')).toBe('ダウンロードの期限（2026-06-15）を過ぎました。もう一度準備して承認を受けてください');
  });
});

describe(sharePassword.name, () => {
  it('makes 16 unambiguous characters from enough random bytes, and says when the bytes ran out', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 64, maxLength: 64 }), (bytes) => {
        const p = sharePassword(bytes);
        const usable = [...bytes].filter((b) => b < 256 - (256 % SHARE_PASSWORD_ALPHABET.length)).length;
        if (usable < SHARE_PASSWORD_LENGTH) return expect(p).toBeNull();
        expect(p).toHaveLength(SHARE_PASSWORD_LENGTH);
        expect([...p!].every((c) => SHARE_PASSWORD_ALPHABET.includes(c))).toBe(true);
      }),
    );
    expect(SHARE_PASSWORD_ALPHABET).not.toMatch(/[0O1lI]/);
  });
});
