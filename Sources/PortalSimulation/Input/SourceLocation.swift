/// A place in an input file, as editors and compilers print it: `file:line:column`.
///
/// Lines and columns are 1-based. Columns count Unicode scalars, as libYAML does,
/// which is what an editor shows for ASCII text and close to it otherwise.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, the form terminals and editors turn into a jump target.
    public var description: String { "\(file):\(line):\(column)" }
}
