// Okapi BM25 over a small collection (a résumé's bullets, or its entries): each document's relevance to the
// posting's weighted terms. Small enough to write here rather than depend on a search engine.

export interface Bm25Document {
  /** How often each term (by its index in the query) occurs. */
  counts: ReadonlyMap<number, number>;
  /** Its length in content words. */
  length: number;
}

const K1 = 1.2;
const B = 0.75;

/** Each document's score, in the documents' order. Rare terms weigh more (the "+1" IDF never goes negative). */
export function bm25(documents: readonly Bm25Document[], termWeights: readonly number[]): number[] {
  const n = documents.length;
  if (n === 0) return [];
  const average = documents.reduce((sum, d) => sum + d.length, 0) / n || 1;
  // How many documents have each term: one pass over what each document has.
  const df = termWeights.map(() => 0);
  for (const d of documents)
    for (const [t, tf] of d.counts) if (tf > 0 && t < df.length) df[t] = (df[t] ?? 0) + 1;
  const idf = df.map((k) => Math.log(1 + (n - k + 0.5) / (k + 0.5)));
  return documents.map((d) => {
    let score = 0;
    // Terms in index order, so that the sum is the same float every time.
    for (let t = 0; t < termWeights.length; t++) {
      const tf = d.counts.get(t) ?? 0;
      if (!tf) continue;
      const norm = tf + K1 * (1 - B + (B * d.length) / average);
      score += (termWeights[t] as number) * (idf[t] as number) * ((tf * (K1 + 1)) / norm);
    }
    return score;
  });
}
