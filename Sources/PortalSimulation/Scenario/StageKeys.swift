/// The keys a screening stage takes, by kind: every stage takes the common ones, and each
/// kind only its own, so that a wand's `threshold` under a search, or a typo, is never
/// silently ignored.
enum StageKeys {
    static let common = ["name", "kind", "enters", "time", "staff", "units"]
    static let portal = ["portal"]
    static let search = ["detection", "false_alarm", "recovery", "alarms_on_innocent_items"]
    static let wand = ["wand", "reference", "noise", "standoff", "skip", "sweep_spacing", "recovery"]
    static let ferromagnetic = ["noise", "threshold", "sample_rate", "earth_field", "walking_azimuth"]

    /// The keys only stages of `kind` take.
    static func specific(to kind: String) -> [String] {
        switch kind {
        case "portal": portal
        case "wand": wand
        case "ferromagnetic": ferromagnetic
        default: search
        }
    }

    /// Every key a stage of `kind` takes.
    static func allowed(for kind: String) -> [String] { common + specific(to: kind) }

    /// Every key some kind of stage takes, each once.
    static var all: [String] {
        var keys = common
        for key in portal + search + wand + ferromagnetic where !keys.contains(key) { keys.append(key) }
        return keys
    }

    /// Reports, at the key, every key of `m` a stage of `kind` does not take: a key of
    /// other kinds says which, an unknown key gets the closest of this kind's keys. With
    /// no kind (missing or unknown), only keys of no kind at all are reported.
    static func check(_ m: YAMLMapping, kind: String?, kinds: [String], _ d: inout DiagnosticCollector) {
        let allowed = kind.map(allowed(for:)) ?? all
        let takes = kind.map { "a stage of kind \($0) takes: " } ?? "expected one of: "
        for entry in m.entries where !allowed.contains(entry.key) {
            let key = entry.key
            if key == "<<" {
                d.report(entry.keyValue.diagnostic("merge keys (<<) are not supported; write the keys out"))
                continue
            }
            let owners = kinds.filter { specific(to: $0).contains(key) }
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
