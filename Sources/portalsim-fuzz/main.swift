import Foundation
import PortalSimFuzzing

/// portalsim-fuzz: a structure-aware mutation fuzzer for `portalsim`'s scenario input.
/// See `FuzzOptions.usage` and README, "Development".

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

let options: FuzzOptions
do {
    options = try FuzzOptions(Array(CommandLine.arguments.dropFirst()))
} catch let error as UsageError {
    if let message = error.message { printError("portalsim-fuzz: error: \(message)") }
    printError(FuzzOptions.usage)
    exit(error.message == nil ? 0 : 2)
}

/// The bundled files: DIR/*.yaml then DIR/ci/*.yaml, each in name order.
func loadSources(_ folder: String) -> [FuzzSource] {
    var sources: [FuzzSource] = []
    for sub in [folder, folder + "/ci"] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: sub)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
        for name in names {
            let path = sub + "/" + name
            do {
                sources.append(try FuzzSource(path: path, text: try String(contentsOfFile: path, encoding: .utf8)))
            } catch {
                printError("portalsim-fuzz: error: cannot read \(path): \(error)")
                exit(2)
            }
        }
    }
    return sources
}

let binary = URL(fileURLWithPath: options.binary).standardizedFileURL.path
guard FileManager.default.isExecutableFile(atPath: binary) else {
    printError("portalsim-fuzz: error: \(options.binary) is not an executable file")
    exit(2)
}
let sources = loadSources(options.scenarios)
guard !sources.isEmpty else {
    printError("portalsim-fuzz: error: no *.yaml files in \(options.scenarios) or \(options.scenarios)/ci")
    exit(2)
}
let generator = MutantGenerator(sources: sources, seed: options.seed)
let work = FileManager.default.temporaryDirectory.appendingPathComponent("portalsim-fuzz-\(getpid())").path
let scenariosFolder = URL(fileURLWithPath: options.scenarios).standardizedFileURL.path
do {
    try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
    // Imports are relative to the scenario's folder: the mutants see the bundled data.
    try FileManager.default.createSymbolicLink(atPath: work + "/data", withDestinationPath: scenariosFolder + "/data")
} catch {
    printError("portalsim-fuzz: error: cannot prepare \(work): \(error)")
    exit(2)
}

/// The results, filled in by the workers.
final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private(set) var findings: [Int: [Finding]] = [:]
    private(set) var endings: [String: Int] = [:]

    func take(below count: Int) -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard next < count else { return nil }
        next += 1
        return next - 1
    }

    func record(_ index: Int, _ ending: String, _ found: [Finding]) {
        lock.lock(); defer { lock.unlock() }
        endings[ending, default: 0] += 1
        if !found.isEmpty { findings[index] = found }
    }
}

let results = Results()
let started = Date()
// Each file once as it is, before any mutant: the first runs of a build solve the library's
// signatures (seconds each, then stored on disk), which under the timeout would look like
// hangs. A file that fails as it is, is reported: the fuzzing means little then.
for (i, source) in sources.enumerated() {
    let command = source.commands[0]
    let folder = work + "/warm-up-\(i)"
    let file = folder + ".yaml"
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try? source.prepared(for: command).text.write(toFile: file, atomically: true, encoding: .utf8)
    let outcome = ProcessRunner.run(binary, command.arguments(file: file, output: folder + "/out"), folder: folder, timeoutSeconds: 600)
    if outcome.ending != .exited(0) && outcome.ending != .exited(1) {
        printError("portalsim-fuzz: warning: \(source.path) as it is: \(outcome.ending.label): \(outcome.stderr.prefix(500))")
    }
    try? FileManager.default.removeItem(atPath: folder)
    try? FileManager.default.removeItem(atPath: file)
}
let warmUpSeconds = Date().timeIntervalSince(started)
print("portalsim-fuzz: \(options.count) mutants of \(sources.count) files, seed \(options.seed), \(options.workers) workers, timeout \(options.timeoutSeconds) s")
DispatchQueue.concurrentPerform(iterations: options.workers) { _ in
    while let index = results.take(below: options.count) {
        let mutant = generator.mutant(index)
        let folder = work + "/" + String(mutant.fileName.dropLast(5))
        let file = work + "/" + mutant.fileName
        let output = folder + "/out"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try? mutant.text.write(toFile: file, atomically: true, encoding: .utf8)
        let arguments = mutant.command.arguments(file: file, output: output)
        let outcome = ProcessRunner.run(binary, arguments, folder: folder, timeoutSeconds: options.timeoutSeconds)
        let found = FuzzClassifier.findings(outcome, file: file)
        results.record(index, outcome.ending.label, found)
        if !found.isEmpty {
            let keep = options.failures + "/" + mutant.fileName
            try? FileManager.default.createDirectory(atPath: options.failures, withIntermediateDirectories: true)
            try? mutant.text.write(toFile: keep, atomically: true, encoding: .utf8)
            let report = """
                source: \(mutant.source)
                mutations: \(mutant.mutations.map(\.description).joined(separator: "; "))
                command: portalsim \(mutant.command.arguments(file: mutant.fileName, output: "out").joined(separator: " "))
                \(found.map(\.description).joined(separator: "\n"))
                --- stderr
                \(outcome.stderr.suffix(4000))
                """
            try? report.write(toFile: keep + ".txt", atomically: true, encoding: .utf8)
            print("FAIL \(mutant.fileName) [\(mutant.command.rawValue)] \(mutant.mutations.map(\.description).joined(separator: "; ")) -> \(found.map(\.description).joined(separator: " | "))")
        }
        if !options.keep { try? FileManager.default.removeItem(atPath: folder) }
        if !options.keep && found.isEmpty { try? FileManager.default.removeItem(atPath: file) }
    }
}
if !options.keep { try? FileManager.default.removeItem(atPath: work) }

let all = results.findings.values.flatMap { $0 }
func count(_ category: String) -> Int { results.findings.values.filter { $0.contains { $0.category == category } }.count }
let seconds = Date().timeIntervalSince(started)
let endings = results.endings.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ")
print("portalsim-fuzz: \(options.count) runs in \(String(format: "%.1f", seconds)) s, \(String(format: "%.1f", warmUpSeconds)) s of it the files as they are (\(endings)); "
      + "\(count("crash")) crashed, \(count("hang")) hung, \(count("nan")) wrote nan/inf, \(count("message")) exit 2 without naming the file")
if !all.isEmpty {
    print("portalsim-fuzz: FAILED; the mutants are in \(options.failures)/ (each with a .txt of its command and output)")
    exit(1)
}
print("portalsim-fuzz: OK")
