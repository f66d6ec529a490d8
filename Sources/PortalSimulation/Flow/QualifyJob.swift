import Foundation

/// `portalsim qualify FILE`: a qualification protocol's passes at one sensitivity, into
/// qualification.csv; the protocol failing is a failed check (exit 1), its files
/// still written.
public struct QualifyJob: OutputJob {
    public let source: SourceFile
    public let file: ProtocolFile
    public let settings: DetectorSettings
    /// The setting given on the command line, for the rerun line.
    public let sensitivity: Int?
    public let folderChoice: FolderChoice
    public var inputWarnings: [String] { [] }
    let context: JobContext
    /// Whether `check` runs it (its record's rerun line is then the check's).
    let isCheck: Bool

    /// The protocol of the file at `path`; `sensitivity` (checked by the caller against
    /// the knob) replaces the portal's setting.
    public init(_ path: String, context: JobContext) throws(InputErrors) {
        let source = try SourceFile(reading: path)
        try self.init(source: source, file: ProtocolFile.decode(YAMLDocument(source)), sensitivity: nil, context: context)
    }

    init(source: SourceFile, file: ProtocolFile, sensitivity: Int?, context: JobContext, isCheck: Bool = false) {
        self.source = source
        self.isCheck = isCheck
        self.file = file
        var settings = file.detector
        if let sensitivity { settings.sensitivity = sensitivity }
        self.settings = settings
        self.sensitivity = sensitivity
        folderChoice = FolderChoice(file: source.path, fileFolder: file.outputFolder, fallback: "out/\(file.name)")
        self.context = context
    }

    /// The same protocol at another setting of the knob.
    public func at(sensitivity: Int) -> QualifyJob {
        QualifyJob(source: source, file: file, sensitivity: sensitivity, context: context, isCheck: isCheck)
    }

    public var progressTotal: (passes: Int, cases: Int, label: String) { (0, 0, file.name) }

    public func run(folder: String, progress: (@Sendable (Int) -> Void)?) throws -> RunOutputs {
        let record = try self.record(folder: folder)
        return try outputs(record: record, result: runProtocol())
    }

    /// `run.json` of this run into `folder`, made before the first pass.
    public func record(folder: String) throws(InputErrors) -> RunRecord {
        // A protocol of `check --output` is rerun by the check, which names the folder
        // of every file's NAME/ subfolder, as its scenarios' records do.
        let rerun = isCheck ? ["check", source.path, "--output", (folder as NSString).deletingLastPathComponent]
            : ["qualify", source.path, "--output", folder] + (sensitivity.map { ["--sensitivity", String($0)] } ?? [])
        return try context.record(sources: [source], seed: file.seed, trials: nil, rerun: rerun)
    }

    /// qualification.csv of `result`, and the report printed of it.
    public func outputs(record: RunRecord, result: QualificationResult) throws -> RunOutputs {
        // The report ends its own last line; the summary leaves that to the printer.
        let report = QualificationSummary.report(file.qualification, result)
        return RunOutputs(files: ["qualification.csv": try QualificationTable.make(result).bytes], record: record,
                          summary: report.hasSuffix("\n") ? String(report.dropLast()) : report, passed: result.passed)
    }

    /// A protocol of `check`, run as `qualify` runs it.
    public static func check(_ source: SourceFile, file: ProtocolFile, context: JobContext) -> QualifyJob {
        QualifyJob(source: source, file: file, sensitivity: nil, context: context, isCheck: true)
    }

    /// The protocol's passes and verdict.
    public func runProtocol() -> QualificationResult {
        QualificationRunner(qualification: file.qualification, seed: file.seed, portal: file.portal,
                            settings: settings, threads: context.threads).run(threads: context.threads)
    }
}
