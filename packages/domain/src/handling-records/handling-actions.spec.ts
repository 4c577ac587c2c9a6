import { SWEEP_LABEL_JA } from '../personal-data/deletion-ledger.js';
import { handlingActionLabel, handlingActorName, handlingReason } from './handling-actions.js';

describe('handlingActorName', () => {
  it('names the person who acted', () => {
    expect(handlingActorName({ userId: 'u1', userName: '受託 スタッフ', ip: '10.20.1.15' })).toBe('受託 スタッフ');
  });

  it('names the scheduled sweep as the deletion ledger does: no person and no address', () => {
    expect(handlingActorName({ userId: null, userName: null, ip: null })).toBe(SWEEP_LABEL_JA);
    expect(SWEEP_LABEL_JA).toBe('自動削除（定期処理）');
  });

  it('leaves a failed login from an unknown address unnamed (an address, no person)', () => {
    expect(handlingActorName({ userId: null, userName: null, ip: '127.0.0.1' })).toBe('');
  });

  it('leaves a person whose name is no longer known unnamed rather than calling them the sweep', () => {
    expect(handlingActorName({ userId: 'u-gone', userName: null, ip: null })).toBe('');
  });
});

describe('handlingActionLabel', () => {
  it('says an action in Japanese, and an unknown one as it is', () => {
    expect(handlingActionLabel('booking.no_show')).toBe('予約の不在・中止');
    expect(handlingActionLabel('something.new')).toBe('something.new');
  });
});

describe('handlingReason', () => {
  it('words each reason once, as the handling record shows it', () => {
    expect(handlingReason.sweptDeletion('訪問完了・受付票の市への共有後')).toBe('利用目的の終了による自動削除（訪問完了・受付票の市への共有後）');
    expect(handlingReason.slipShare('2026-11-09')).toBe('2026年11月9日からの週');
    expect(handlingReason.slipShare('2026-11-09', '（共有ファイル）')).toBe('2026年11月9日からの週（共有ファイル）');
    expect(handlingReason.handOver(3, 12)).toBe('第3回 申請12件');
    expect(handlingReason.halfDay('2026-12-08', 'pm')).toBe('2026-12-08 午後');
    expect(handlingReason.applicantListDeletion(9, '訪問の完了', true)).toBe('9人 利用目的の終了による自動削除（訪問の完了）');
    expect(handlingReason.applicantListDeletion(9, '手動削除', false)).toBe('9人 手動削除');
    expect(handlingReason.teamAssign('2026-12-08', 'am', 3)).toBe('2026-12-08 午前（3名）');
    // The sweep's words for a hand-over's deletion are its words for any deletion, the batch and the days named.
    expect(handlingReason.handedOverDeletion('引渡し後の確認期間の終了', 2, 90)).toBe(handlingReason.sweptDeletion('引渡し後の確認期間の終了・第2回引渡しから90日経過'));
  });
});
