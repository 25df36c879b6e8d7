// A function of one text, remembered per text: how the parser's layers avoid reading again the
// lines, headings and phrases a corpus repeats. Kept here, on the bottom floor, because all of them
// do it.

/**
 * `compute`, with each text's answer kept; past `limit` texts every answer is forgotten at once, so
 * memory stays bounded over a corpus. Answers must not be changed by callers (they are shared), and
 * an `undefined` answer is not kept.
 */
export function memoizeText<T>(compute: (text: string) => T, limit: number): (text: string) => T {
  const answers = new Map<string, T>();
  return (text) => {
    let answer = answers.get(text);
    if (answer === undefined) {
      if (answers.size >= limit) answers.clear();
      answer = compute(text);
      answers.set(text, answer);
    }
    return answer;
  };
}
