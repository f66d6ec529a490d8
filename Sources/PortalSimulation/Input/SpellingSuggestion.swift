/// "Did you mean …?" for misspelt keys, units and choices.
///
/// A scenario author who writes `widht:` or `12 mmm` should be told the likely fix,
/// not just that the input is wrong. The rule is deliberately simple and
/// predictable: a case-insensitive exact match first, then the closest candidate by
/// edit distance (at most 2, and less than the candidate's length so that short
/// symbols do not match everything), then a prefix match either way.
public enum SpellingSuggestion {
    /// The candidate `text` was most likely meant to be, or nil when none is close.
    /// Ties go to the earlier candidate, so suggestions are stable.
    public static func closest(to text: String, among candidates: [String]) -> String? {
        guard !text.isEmpty else { return nil }
        let lowered = text.lowercased()
        if let sameLetters = candidates.first(where: { $0.lowercased() == lowered }) {
            return sameLetters
        }
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(lowered, candidate.lowercased())
            guard distance <= 2, distance < candidate.count else { continue }
            if best == nil || distance < (best?.distance ?? Int.max) {
                best = (candidate, distance)
            }
        }
        if let best { return best.candidate }
        let minimumPrefix = 3
        return candidates.first { candidate in
            let other = candidate.lowercased()
            return min(other.count, lowered.count) >= minimumPrefix
                && (other.hasPrefix(lowered) || lowered.hasPrefix(other))
        }
    }

    /// Levenshtein distance over Unicode scalars (insertions, deletions, substitutions).
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars)
        let b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
