/**
 * Finds every occurrence of many literal keys in one pass (a trie walked from each position),
 * so that only sentences holding a candidate are tokenized.
 */
interface TrieNode {
  next: Map<string, TrieNode>;
  values: number[];
}

export class Prefilter {
  private readonly root: TrieNode = { next: new Map(), values: [] };

  constructor(keys: readonly string[]) {
    keys.forEach((key, value) => {
      let node = this.root;
      for (const ch of key) {
        let child = node.next.get(ch);
        if (!child) {
          child = { next: new Map(), values: [] };
          node.next.set(ch, child);
        }
        node = child;
      }
      node.values.push(value);
    });
  }

  /** Every (key index, start offset) whose key occurs in text. */
  find(text: string): { value: number; start: number }[] {
    const hits: { value: number; start: number }[] = [];
    for (let start = 0; start < text.length; start++) {
      let node: TrieNode | undefined = this.root.next.get(text[start]!);
      let i = start;
      while (node) {
        for (const value of node.values) hits.push({ value, start });
        i++;
        if (i >= text.length) break;
        node = node.next.get(text[i]!);
      }
    }
    return hits;
  }
}
