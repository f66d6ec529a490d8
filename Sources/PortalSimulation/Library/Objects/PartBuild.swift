import PortalPhysics

/// A part made by one of the library's Swift models rather than given as a shape: a
/// library or scenario file names the model with `build:` and gives its inputs
/// (docs/scenario-format.md, "Part kinds"); the model works out the geometry and writes
/// the reasoning. These are the parts whose metal is a computation, not a measurement —
/// a cell's foil count from its capacity, a board's copper from its layers, a coin's
/// layer thicknesses from its masses — so a researcher edits the inputs, never the sheets.
enum PartBuild: Hashable, Sendable {
    case pouchCell(PouchCell)
    case circuitBoard(PrintedCircuitBoard, note: String)
    case bimetallicCoin(BimetallicCoin)
    case platedCoin(PlatedCoin)
    case sheetStack(SheetStack)

    /// The names files use, in the order docs/scenario-format.md lists them.
    static let kinds = ["pouch-cell", "circuit-board", "bimetallic-coin", "plated-coin", "sheet-stack"]

    var kind: String {
        switch self {
        case .pouchCell: "pouch-cell"
        case .circuitBoard: "circuit-board"
        case .bimetallicCoin: "bimetallic-coin"
        case .platedCoin: "plated-coin"
        case .sheetStack: "sheet-stack"
        }
    }

    /// The model's parts, placed at `offsetM` and turned by `attitude` in the object, the
    /// first one carrying the call that made them (``LibraryPart/Origin``).
    func parts(offsetM: Vector3 = .zero, attitude: Rotation = .identity) -> [LibraryPart] {
        let made: [LibraryPart]
        switch self {
        case .pouchCell(let cell): made = cell.modelParts(offsetM: offsetM, attitude: attitude)
        case .circuitBoard(let board, let note): made = board.modelParts(offsetM: offsetM, attitude: attitude, note: note)
        case .bimetallicCoin(let coin): made = [coin.part(offsetM: offsetM, attitude: attitude)]
        case .platedCoin(let coin): made = [coin.part(offsetM: offsetM, attitude: attitude)]
        case .sheetStack(let stack): made = [stack.part(offsetM: offsetM, attitude: attitude)]
        }
        let call = BuiltParts(build: self, offsetM: offsetM, attitude: attitude)
        return made.enumerated().map { index, part in part.from(index == 0 ? .leads(call) : .follows) }
    }
}

/// A model's call as a file writes it: the model and where its parts sit.
struct BuiltParts: Hashable, Sendable {
    let build: PartBuild
    let offsetM: Vector3
    let attitude: Rotation
}
