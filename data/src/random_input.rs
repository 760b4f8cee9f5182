//! Tests only (feature `testing`): a small deterministic generator of hostile input, so the
//! parsers of outside input (URL state, embed messages, dataset files) run on thousands of
//! cases without a dependency.

pub struct RandomInput(u64);

impl RandomInput {
    pub fn new(seed: u64) -> RandomInput {
        RandomInput(seed.max(1))
    }

    /// xorshift64: fast, reproducible, good enough to shake a parser.
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A number in `0..bound`.
    pub fn below(&mut self, bound: usize) -> usize {
        (self.next() % bound as u64) as usize
    }

    /// One of `items`.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// A string of up to `max_chars` characters drawn from `alphabet`.
    pub fn text(&mut self, alphabet: &[char], max_chars: usize) -> String {
        let length = self.below(max_chars + 1);
        (0..length).map(|_| *self.pick(alphabet)).collect()
    }
}
