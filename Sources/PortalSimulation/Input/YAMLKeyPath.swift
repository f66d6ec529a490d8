/// Where a value sits in a YAML document, as a reader would name it:
/// `portal.zones[2].height`.
///
/// Diagnostics name the setting as well as the line, because a line number alone
/// does not survive the author's next edit and a key path does. Indices are 0-based,
/// as in yq and JSONPath.
public struct YAMLKeyPath: Hashable, Sendable, CustomStringConvertible {
    /// One step into a mapping or a sequence.
    public enum Component: Hashable, Sendable {
        case key(String)
        case index(Int)
    }

    public private(set) var components: [Component]

    public init(_ components: [Component] = []) {
        self.components = components
    }

    /// The document root: no components, rendered as "".
    public static let root = YAMLKeyPath()

    public func appending(key: String) -> YAMLKeyPath {
        YAMLKeyPath(components + [.key(key)])
    }

    public func appending(index: Int) -> YAMLKeyPath {
        YAMLKeyPath(components + [.index(index)])
    }

    /// "portal.zones[2].height"; "" for the root; "[0].name" for a root sequence.
    public var description: String {
        var text = ""
        for component in components {
            switch component {
            case let .key(key):
                if !text.isEmpty { text += "." }
                text += key
            case let .index(index):
                text += "[\(index)]"
            }
        }
        return text
    }
}
