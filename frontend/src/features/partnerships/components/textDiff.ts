export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** Above this many cells of the comparison table the change is shown as one replacement. */
const MAX_CELLS = 4_000_000;

interface Token {
  word: string;
  /** the whitespace after the word */
  space: string;
}

/** Words, each with the whitespace after it (text may start with whitespace: a token without a word). */
function tokens(text: string): Token[] {
  return [...text.matchAll(/(\S*)(\s*)/g)]
    .filter((match) => match[0] !== '')
    .map((match) => ({ word: match[1] ?? '', space: match[2] ?? '' }));
}

const joined = (list: Token[]): string => list.map((token) => token.word + token.space).join('');

function push(parts: DiffPart[], kind: DiffPart['kind'], text: string): void {
  if (text === '') return;
  const last = parts.at(-1);
  if (last && last.kind === kind) last.text += text;
  else parts.push({ kind, text });
}

/**
 * Word-by-word difference of two texts (longest common subsequence of words), as runs of
 * unchanged, removed and added text; removals come before the additions that replace them.
 */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = tokens(before);
  const b = tokens(after);
  const parts: DiffPart[] = [];
  /** a word both texts have; the whitespace after it may still differ */
  const same = (x: Token, y: Token) => {
    push(parts, 'same', x.word);
    if (x.space === y.space) push(parts, 'same', x.space);
    else {
      push(parts, 'removed', x.space);
      push(parts, 'added', y.space);
    }
  };
  let start = 0;
  while (start < a.length && start < b.length && a[start]!.word === b[start]!.word) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1]!.word === b[endB - 1]!.word) {
    endA -= 1;
    endB -= 1;
  }
  for (let k = 0; k < start; k += 1) same(a[k]!, b[k]!);
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const n = midA.length;
  const m = midB.length;
  if (n * m > MAX_CELLS) {
    push(parts, 'removed', joined(midA));
    push(parts, 'added', joined(midB));
  } else {
    // lcs[i][j]: length of the longest common subsequence of the words of midA[i..] and midB[j..]
    const width = m + 1;
    const lcs = new Uint32Array((n + 1) * width);
    for (let i = n - 1; i >= 0; i -= 1) {
      for (let j = m - 1; j >= 0; j -= 1) {
        lcs[i * width + j] =
          midA[i]!.word === midB[j]!.word ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    let removed = '';
    let added = '';
    const flush = () => {
      push(parts, 'removed', removed);
      push(parts, 'added', added);
      removed = '';
      added = '';
    };
    while (i < n || j < m) {
      if (i < n && j < m && midA[i]!.word === midB[j]!.word) {
        flush();
        same(midA[i]!, midB[j]!);
        i += 1;
        j += 1;
      } else if (i < n && (j === m || lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!)) {
        removed += midA[i]!.word + midA[i]!.space;
        i += 1;
      } else {
        added += midB[j]!.word + midB[j]!.space;
        j += 1;
      }
    }
    flush();
  }
  for (let k = 0; k < a.length - endA; k += 1) same(a[endA + k]!, b[endB + k]!);
  return parts;
}
