import type { Catalogue } from '../catalogue.js';

/** `cashflow init`: what it wrote, what it refused, and what to do next. */
export interface InitMessages {
  wrote(files: readonly string[]): string;
  next(): string;
  wouldOverwrite(files: readonly string[]): string;
  wouldOverwriteHint(): string;
  couldNotWrite(file: string, reason: string): string;
}

export const INIT = {
  en: {
    wrote: (files) => `Wrote ${files.join(', ')}.`,
    next: () => 'Next: edit them with your own numbers, then run `cashflow forecast`.',
    wouldOverwrite: (files) => `init would overwrite ${files.join(', ')}`,
    wouldOverwriteHint: () => 'run it in an empty folder, or move those files away first',
    couldNotWrite: (file, reason) => `init could not write ${file}: ${reason}`,
  },
  ko: {
    wrote: (files) => `${files.join(', ')} 파일을 만들었습니다.`,
    next: () => '다음 단계: 내 금액과 날짜로 고친 뒤 `cashflow forecast`를 실행하세요.',
    wouldOverwrite: (files) => `init이 기존 파일을 덮어쓰게 됩니다: ${files.join(', ')}`,
    wouldOverwriteHint: () => '빈 폴더에서 실행하거나, 그 파일들을 먼저 다른 곳으로 옮기세요',
    couldNotWrite: (file, reason) => `init이 ${file} 파일을 쓰지 못했습니다: ${reason}`,
  },
} satisfies Catalogue<InitMessages>;
