import Foundation
import PortalSimulation

/// The folder a run-folder command writes into — `--output`, else the file's
/// `output.folder`, else `fallback` (made from the scenario's name) — prepared before
/// anything runs: refused if empty, made and probed for writing (exit 2 naming the flag
/// or key and the folder), watched for an interruption, and named by its absolute path
/// on standard error when it lies outside the working directory.
func prepareRunFolder(flag: String?, fileFolder: String?, file: String, fallback: String) throws -> RunFolder {
    try prepareRunFolder(FolderChoice(file: file, fileFolder: fileFolder, fallback: fallback), flag: flag)
}

/// The same, from a job's ``FolderChoice``.
func prepareRunFolder(_ choice: FolderChoice, flag: String?) throws -> RunFolder {
    let (path, origin) = choice.resolved(flag: flag)
    let folder = try RunFolder.prepare(path, origin: origin)
    Interruption.watch(folder)
    if let note = folder.locationNote { printError(note) }
    return folder
}

/// The parent folder of a single output file (`field -o`, `signature -o`, `check
/// --junit`), prepared the same way; nil for standard output ("-").
func prepareOutputFile(_ path: String, flag: String) throws -> RunFolder? {
    guard path != "-" else { return nil }
    guard !path.trimmingCharacters(in: .whitespaces).isEmpty else {
        throw flagError(flag, "the output file must not be empty (give a file name, or '-' for standard output)")
    }
    guard !path.hasSuffix("/") else { throw flagError(flag, "'\(path)' names a folder; give a file name") }
    let parent = (path as NSString).deletingLastPathComponent
    let folder = try RunFolder.prepare(parent.isEmpty ? "." : parent, origin: .flag(flag))
    Interruption.watch(folder)
    if let note = folder.locationNote { printError(note) }
    return folder
}

/// Runs `job` into its output folder, the one way every writing command writes: its
/// input warnings, the folder prepared and watched for an interruption before the first
/// pass, a progress bar, every file built, then committed (run.json last), then the
/// summary on standard output and the warnings and the folder written on standard
/// error. A job that is a check which failed (`passed` false) ends with status 1 after
/// its files are written.
@discardableResult
func write(_ job: some OutputJob, output: String?, folder prepared: RunFolder? = nil, quiet: Bool = false) throws -> RunOutputs {
    job.inputWarnings.forEach(printError)
    Interruption.install()
    let folder = try prepared ?? prepareRunFolder(job.folderChoice, flag: output)
    let total = job.progressTotal
    let bar = quiet || total.passes == 0 ? nil : ProgressBar(total: total.passes, cases: total.cases, label: total.label)
    let outputs = try job.run(folder: folder.path) { bar?.advance(by: $0) }
    bar?.finish()
    try Interruption.deferred {
        try folder.commit(outputs.files, record: outputs.record, shardCount: outputs.shardCount)
    }
    if !quiet && !outputs.summary.isEmpty { print(outputs.summary) }
    outputs.warnings.forEach(printError)
    if !quiet { printError("portalsim: wrote \(folder.path)") }
    return outputs
}
