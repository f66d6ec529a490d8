import Testing
@testable import PortalSimFuzzing

/// What counts as a failure: exit 0, 1, 2 are answers; a signal, another status, a
/// timeout, a nan in a table, or a refusal that does not name the file are not.
struct ClassificationTests {
    static let file = "/tmp/x/0007-cw-mini-phones.yaml"

    static func findings(_ ending: RunOutcome.Ending, stderr: String = "", tables: [(String, String)] = []) -> [Finding] {
        FuzzClassifier.findings(RunOutcome(ending: ending, stderr: stderr, tables: tables.map { (name: $0.0, text: $0.1) }), file: file)
    }

    @Test func answersAreFine() {
        #expect(Self.findings(.exited(0)).isEmpty)
        #expect(Self.findings(.exited(1), stderr: "portalsim: error: cannot write").isEmpty)
        #expect(Self.findings(.exited(2), stderr: "portalsim: error: \(Self.file):3:9: trials: must be …").isEmpty)
    }

    @Test func crashesHangsAndUnnamedRefusals() {
        #expect(Self.findings(.signalled(4), stderr: "Fatal error: Double value cannot be converted\n")
            == [.crash("signal 4 (SIGILL): Fatal error: Double value cannot be converted")])
        #expect(Self.findings(.exited(64)).map(\.category) == ["crash"])
        #expect(Self.findings(.exited(134)).map(\.category) == ["crash"])
        #expect(Self.findings(.timedOut(seconds: 10)) == [.hang(seconds: 10)])
        #expect(Self.findings(.exited(2), stderr: "portalsim: error: trials: must be positive\n")
            == [.unnamedInputError("portalsim: error: trials: must be positive")])
    }

    @Test func nonFiniteCells() {
        for cell in ["nan", "-nan", "NaN", "inf", "-inf", "+Inf", "infinity", "\"nan\""] {
            #expect(FuzzClassifier.isNonFinite(cell), "\(cell)")
        }
        for cell in ["0", "1e308", "", "naný", "info", "nano-sim", "-", "inference"] {
            #expect(!FuzzClassifier.isNonFinite(cell), "\(cell)")
        }
        let csv = "object,location,pd\nsmartphone,groin,1\n\"a,nan\",ankle,0.5\nmini,sock,nan\nx,y,inf\n"
        let cell = FuzzClassifier.firstNonFiniteCell(csv)
        #expect(cell?.row == 4 && cell?.column == "pd" && cell?.text == "nan")
        #expect(Self.findings(.exited(0), tables: [("results.csv", csv), ("alarms.csv", "a,b\n1,2\n")])
            == [.nonFinite(table: "results.csv", row: 4, column: "pd", cell: "nan")])
        // A quoted cell with a comma and a doubled quote is one cell.
        #expect(FuzzClassifier.parseCSV("a,b\n\"x,\"\"y\",2\n") == [["a", "b"], ["x,\"y", "2"]])
        #expect(FuzzClassifier.firstNonFiniteCell("a,b\r\n1,-inf\r\n")?.column == "b")
    }
}
