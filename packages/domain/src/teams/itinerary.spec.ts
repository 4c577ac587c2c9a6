import fc from 'fast-check';
import { DEFAULT_BRING, resolveGuidance } from '../programs/guidance.js';
import { bringList, itineraryPersonal, itineraryStops } from './itinerary.js';

const matrix = {
  districts: ['中央', '南', '北', '塩谷'],
  minutes: { 中央: { 南: 15, 北: 20, 塩谷: 40 }, 南: { 北: 25, 塩谷: 50 }, 北: { 塩谷: 20 } },
};
const rules = { travelMaxMinutes: 30, pmThirdTravelMaxMinutes: 15, homeSlotsPm: 2, pmThirdSlotEnabled: true };
const stop = (id: string, positions: string[], district: string | null, kind: 'home' | 'facility' = 'home') => ({ id, kind, positions, district });

describe(itineraryStops.name, () => {
  it('puts the stops in visiting order with the times told to the residents, and the travel between them', () => {
    const out = itineraryStops([stop('b', ['AM2'], '南'), stop('a', ['AM1'], '中央'), stop('x', ['PM1'], '北')], 'am', matrix, rules);
    expect(out.map((s) => [s.stop.id, s.position, s.start, s.window, s.label])).toEqual([
      ['a', 'AM1', '10:00', '10:00頃', '午前1件目'],
      ['b', 'AM2', '10:30', '10:30〜11:30', '午前2件目'],
    ]);
    expect(out[0].travel).toBeNull();
    expect(out[1].travel).toEqual({ from: '中央', to: '南', minutes: 15, warning: null });
  });

  it('warns where travel exceeds the rule, the tighter one of the extra afternoon slot, or cannot be known', () => {
    const pm = itineraryStops([stop('a', ['PM1'], '中央'), stop('b', ['PM2'], '塩谷'), stop('c', ['PM3'], '北')], 'pm', matrix, rules);
    expect(pm.map((s) => s.travel?.warning ?? null)).toEqual([null, '移動時間が30分を超えています（中央→塩谷 40分）', '午後の追加枠は前の訪問先から15分以内の決まりです（塩谷→北 20分）']);
    const unknown = itineraryStops([stop('a', ['AM1'], '中央'), stop('b', ['AM2'], null)], 'am', matrix, rules);
    expect(unknown[1].travel).toEqual({ from: '中央', to: null, minutes: null, warning: '地区が不明なため移動時間を確認できません' });
  });

  it('takes a whole-day facility booking in each half at its facility position', () => {
    const both = stop('f', ['FAM', 'FPM'], '北', 'facility');
    expect(itineraryStops([both], 'am', matrix, rules).map((s) => [s.position, s.window])).toEqual([['FAM', '10:00〜']]);
    expect(itineraryStops([both], 'pm', matrix, rules).map((s) => [s.position, s.window])).toEqual([['FPM', '14:00〜']]);
  });

  it('keeps every stop of the half once, in non-decreasing time, travel only from the second on (property)', () => {
    const positions = fc.uniqueArray(fc.constantFrom('AM1', 'AM2', 'AM3', 'PM1', 'PM2', 'PM3', 'FAM', 'FPM'), { maxLength: 8 });
    const districts = fc.constantFrom('中央', '南', '北', '塩谷', null);
    fc.assert(
      fc.property(positions, fc.array(districts, { minLength: 8, maxLength: 8 }), fc.constantFrom('am' as const, 'pm' as const), (ps, ds, half) => {
        const input = ps.map((p, i) => stop(`b${i}`, [p], ds[i], p.startsWith('F') ? 'facility' : 'home'));
        const out = itineraryStops(input, half, matrix, rules);
        const prefix = half === 'am' ? /^F?AM/ : /^F?PM/;
        expect(out.map((s) => s.stop.id).sort()).toEqual(input.filter((s) => prefix.test(s.positions[0])).map((s) => s.id).sort());
        for (let i = 1; i < out.length; i++) {
          expect(out[i].start >= out[i - 1].start).toBe(true);
          expect(out[i].travel).not.toBeNull();
        }
        if (out[0]) expect(out[0].travel).toBeNull();
      }),
    );
  });
});

describe(bringList.name, () => {
  it('lists the items for every visit, then those of each application type met, each once', () => {
    const list = bringList(['lost', 'new', 'lost'], undefined);
    expect(list[0]).toBe('訪問行程表（本紙）');
    expect(list).toContain('個人番号カード交付申請書（新規）');
    expect(list).toContain('紛失届の様式');
    expect(list.filter((i) => i === '個人番号カード交付申請書（再交付）')).toHaveLength(1);
  });

  it('follows the program’s own lists, blank lines dropped', () => {
    expect(bringList(['renewal'], { common: '行程表\n\n', renewal: '旧カード回収袋\n行程表' })).toEqual(['行程表', '旧カード回収袋']);
  });
});

describe(itineraryPersonal.name, () => {
  const applicant = { name: '架空 太郎', kana: 'カクウ タロウ', address: '小樽市花園1-1-1', dateOfBirth: '1940-01-01', phone: '0134-00-0000', applicationType: 'lost' as const, identityDocuments: ['health_insurance_card', 'pension_book'] as never[], condition: { photoPossible: false, canWrite: true, caregiverPresent: true } };

  it('gives a home stop its address, whom to ask for, and each applicant with the documents to check', () => {
    const out = itineraryPersonal({ type: 'home', intake: { caller: { relation: 'cohabiting_family', name: '架空 花子', phone: '090-0000-0000' }, applicants: [applicant], parking: 'available', cautions: '犬がいます' } });
    expect(out.place).toEqual({ name: '架空 太郎', address: '小樽市花園1-1-1', contactName: '架空 花子', phone: '090-0000-0000', parking: '駐車スペースあり' });
    expect(out.applicants?.[0]).toMatchObject({ name: '架空 太郎', applicationType: '紛失', notes: ['顔写真の撮影が難しい', '介助者が同席'] });
    expect(out.applicants?.[0].identityMessage).toMatch(/本人確認/);
    expect(out.cautions).toBe('犬がいます');
  });

  it('gives a facility stop its name, address and contact, without applicants', () => {
    const out = itineraryPersonal({ type: 'facility', request: { facilityName: '架空ホーム', address: '小樽市', phone: '0134-11-1111', contactName: '架空 担当' } });
    expect(out).toEqual({ place: { name: '架空ホーム', address: '小樽市', contactName: '架空 担当', phone: '0134-11-1111', parking: null }, applicants: null, cautions: null });
  });
});

describe('the program’s 持参物 setting', () => {
  it('is filled with the defaults for a program saved before it existed', () => {
    expect(resolveGuidance(null).bring).toEqual(DEFAULT_BRING);
    expect(resolveGuidance({ bring: { common: '行程表' } as never }).bring?.lost).toBe(DEFAULT_BRING.lost);
  });
});
