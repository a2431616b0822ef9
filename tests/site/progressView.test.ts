import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/core/buildModel.ts';
import { progressView } from '../../src/site/progress/progressView.ts';
import { edit, filesOf } from '../core/projectFixture.ts';

const TARGET_ID = 'muc-tieu--ty-le-ho-ngheo--nhom-xa-ngheo--2025--kh-239';

function viewAt(versionDate: string, overrides: Record<string, string> = {}, locale: 'vi' | 'en' = 'vi') {
  const { model } = buildModel(filesOf(overrides), undefined, { versionDate });
  const target = model.index.target.get(TARGET_ID)!;
  return progressView(model, target, model.progress.get(TARGET_ID)!, locale);
}

describe('a verdict in words', () => {
  it('says where the pace leads, from which figures, and how far that is along the way', () => {
    const view = viewAt('2024-06-30');
    expect(view.label).toBe('Cần tăng tốc');
    expect(view.summary).toBe(
      'Theo tốc độ từ 60,95% (2022) đến 50,54% (2023), đến hạn sẽ là khoảng 29,69%: chưa đạt mục tiêu không quá 17,26% năm 2025. ' +
        'Với tốc độ này, đến hạn chỉ đi được 72% quãng đường từ mốc ban đầu tới mục tiêu.',
    );
    expect(view.inputs.map((input) => `${input.term}: ${input.value}`)).toEqual([
      'Địa bàn: 10 xã có tỷ lệ hộ nghèo cao',
      'Mục tiêu: không quá 17,26% năm 2025 (hạn 31/12/2025)',
      'Mốc ban đầu: 60,95% (2022)',
      'Số mới nhất: 50,54% (2023)',
      'Dự báo đến hạn (theo tốc độ đã có): 29,69%',
      'Tốc độ đã có: giảm 10,41 điểm % mỗi năm',
      // (60,95 − 17,26) ÷ (1.096 ÷ 365) = 14,55.
      'Tốc độ cần để đạt đúng hạn: giảm 14,55 điểm % mỗi năm',
      'Đánh giá: chưa đến hạn',
    ]);
    // (60,95 − 50,54)/(60,95 − 17,26) = 0,2383 of the way; the pace reaches 0,7155.
    expect(view.bar!.done).toBeCloseTo(0.2383, 4);
    expect(view.bar!.projected).toBeCloseTo(0.7155, 4);
  });

  it('says a result that rests on an estimate is one', () => {
    const view = viewAt('2026-12-02', edit('plans/bai-2023.yaml', 'value: 50.54\n    status: reported', 'value: 50.54\n    status: estimated'));
    expect(view.summary).toContain('50,54% (2023, ước tính)');
  });

  it('says in English when the deadline passed with no result', () => {
    const view = viewAt('2026-12-02', {}, 'en');
    expect(view.label).toBe('Deadline passed, no result published');
    expect(view.summary).toBe(
      'The deadline (31 December 2025) has passed and no result for it has been published. ' +
        'At the pace from 60.95% (2022) to 50.54% (2023), it would be about 29.69% at the deadline, against a target of at most 17.26% for 2025.',
    );
  });

  it('says why a target cannot be judged instead of guessing', () => {
    const view = viewAt('2024-06-30', edit('plans/kh-239.yaml', 'comparator: "<="', 'comparator: ">="'));
    expect(view.label).toBe('Không đánh giá được');
    expect(view.summary).toBe('Không đánh giá được: cách so sánh của mục tiêu ngược với chiều tốt của chỉ số.');
    expect(view.bar).toBeUndefined();
  });
});
