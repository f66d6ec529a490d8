/// The keys a screening stage takes, by kind: every stage takes the common ones, and each
/// kind only its own (``ScreeningStageKind/keys``), so that a wand's `threshold` under a
/// search, or a typo, is never silently ignored.
enum StageKeys {
    static let common = ["name", "kind", "enters", "time", "staff", "units"]

    /// Every key a stage of `kind` takes.
    static func allowed(for kind: String, in kinds: StageKinds) -> [String] { common + kinds.keys(of: kind) }

    /// Every key some kind of stage takes, each once.
    static func all(in kinds: StageKinds) -> [String] {
        var keys = common
        for key in kinds.types.flatMap({ $0.keys }) where !keys.contains(key) { keys.append(key) }
        return keys
    }

    /// Reports, at the key, every key of `m` a stage of `kind` does not take: a key of
    /// other kinds says which, an unknown key gets the closest of this kind's keys. With
    /// no kind (missing or unknown), only keys of no kind at all are reported.
    static func check(_ m: YAMLMapping, kind: String?, kinds: StageKinds, _ d: inout DiagnosticCollector) {
        let allowed = kind.map { Self.allowed(for: $0, in: kinds) } ?? all(in: kinds)
        let takes = kind.map { "a stage of kind \($0) takes: " } ?? "expected one of: "
        for entry in m.entries where !allowed.contains(entry.key) {
            let key = entry.key
            if key == "<<" {
                d.report(entry.keyValue.diagnostic("merge keys (<<) are not supported; write the keys out"))
                continue
            }
            let owners = kinds.names.filter { kinds.keys(of: $0).contains(key) }
            if let kind, !owners.isEmpty {
                d.report(entry.keyValue.diagnostic(
                    "'\(key)' applies to stages of kind \(owners.joined(separator: ", ")), not \(kind)"
                        + " (\(takes)\(allowed.joined(separator: ", ")))"))
                continue
            }
            let hint = SpellingSuggestion.closest(to: key, among: allowed).map { "; did you mean '\($0)'?" } ?? ""
            d.report(entry.keyValue.diagnostic("unknown key '\(key)'\(hint) (\(takes)\(allowed.joined(separator: ", ")))"))
        }
    }
}
