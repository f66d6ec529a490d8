import PortalPhysics

/// Decodes a part made by one of the library's models, `build: KIND` with the model's
/// inputs (``PartBuild``), in a library file or a scenario's `objects:` alike:
///
/// ```yaml
/// - build: pouch-cell
///   capacity: 200 mAh
///   length: 30 mm
///   width: 17 mm
///   thickness: 4 mm
///   areal_capacity: 2.5 mAh/cm2     # per coated side; optional, 2.5 mAh/cm2
///   offset: [3 mm, 0 mm, -3.5 mm]
/// ```
///
/// Each model's inputs are checked against what the model can build (a cell longer
/// than its seal margins, a centre smaller than its coin), so a bad value is reported
/// at its key and never reaches the model's geometry.
enum PartBuildDescription {
    static let placementKeys = ["build", "offset", "attitude"]

    /// The keys of each kind, after the placement keys.
    static let keys: [String: [String]] = [
        "pouch-cell": ["capacity", "length", "width", "thickness", "areal_capacity"],
        "circuit-board": ["length", "width", "plane_layers", "signal_layers", "plane_fill", "signal_fill",
                          "plane_foil", "signal_foil", "layer_pitch", "note"],
        "bimetallic-coin": ["diameter", "mass", "ring", "centre_diameter", "centre_mass", "cladding", "core", "core_share", "note"],
        "plated-coin": ["diameter", "mass", "core", "plating", "core_share", "note"],
        "sheet-stack": ["name", "sheets", "assumption"],
    ]

    /// A cell's length and width must leave an electrode inside the seal margins, and its
    /// thickness room for the laminate on both faces.
    static let cellLength = AllowedRange.greaterThan(PouchCell.sealMarginLengthM).and(.atMost(0.5))
    static let cellWidth = AllowedRange.greaterThan(PouchCell.sealMarginWidthM).and(.atMost(0.5))
    static let cellThickness = AllowedRange.greaterThan(2 * PouchCell.laminateThicknessM).and(.atMost(0.05))
    /// 1 mAh to 100 Ah, in coulombs.
    static let cellCapacity = AllowedRange.within(3.6...360_000)
    /// 0.5 to 10 mAh/cm² per coated side (consumer cells: 2–4), in C/m².
    static let arealCapacity = AllowedRange.within(18_000...360_000)
    /// More foils than this is not a phone's cell (a 4000 mAh phone cell has 13 cathodes).
    static let maximumCathodeCount = 100
    static let boardSide = AllowedRange.greaterThan(0).and(.atMost(1))
    static let layerCount = AllowedRange.within(0...40)
    static let fill = AllowedRange.greaterThan(0).and(.atMost(1))
    static let foilThickness = AllowedRange.within(1e-6...0.5e-3)
    static let layerPitch = AllowedRange.within(10e-6...5e-3)
    static let coinDiameter = AllowedRange.greaterThan(0).and(.atMost(0.2))
    static let coinMass = AllowedRange.greaterThan(0).and(.atMost(1))
    static let share = AllowedRange.greaterThan(0).and(.lessThan(1))
    static let maximumSheetCount = 100

    /// The part's model and placement; nil after reporting every problem.
    /// - Parameter defaultNote: the reasoning a model gets when the file gives none
    ///   (nil: the file must give it, as the library's must).
    static func decode(_ value: YAMLValue, materials: MaterialCatalog, defaultNote: String?,
                       _ d: inout DiagnosticCollector) -> BuiltParts? {
        guard let loose = value.mapping(reporting: &d), let kindValue = loose.optional("build"),
              let kind = kindValue.oneOf(PartBuild.kinds, reporting: &d) else { return nil }
        guard let m = value.mapping(allowedKeys: placementKeys + (keys[kind] ?? []), reporting: &d) else { return nil }
        let offset = m.optional("offset").map { VectorDescription.decodePoint($0, range: .objectOffset, &d) } ?? .zero
        let attitude = m.optional("attitude").map { AttitudeDescription.decode($0, &d) } ?? .identity
        let reader = Reader(m: m, materials: materials, defaultNote: defaultNote)
        let build: PartBuild?
        switch kind {
        case "pouch-cell": build = reader.pouchCell(&d)
        case "circuit-board": build = reader.circuitBoard(&d)
        case "bimetallic-coin": build = reader.bimetallicCoin(&d)
        case "plated-coin": build = reader.platedCoin(&d)
        default: build = reader.sheetStack(&d)
        }
        guard let offset, let attitude, let build else { return nil }
        return BuiltParts(build: build, offsetM: offset, attitude: attitude)
    }

    /// Typed reads of one part's keys.
    struct Reader {
        let m: YAMLMapping
        let materials: MaterialCatalog
        let defaultNote: String?

        func quantity(_ key: String, _ dimension: PhysicalDimension, _ range: AllowedRange,
                      default fallback: Double? = nil, _ d: inout DiagnosticCollector) -> Double? {
            guard let value = fallback == nil ? m.required(key, reporting: &d) : m.optional(key) else { return fallback }
            return value.quantity(dimension, range: range, reporting: &d)
        }

        func count(_ key: String, default fallback: Int, _ d: inout DiagnosticCollector) -> Int? {
            m.optional(key).map { $0.int(range: PartBuildDescription.layerCount, reporting: &d) } ?? fallback
        }

        /// A metal a model uses itself (a cell's foils, a board's copper), from the table
        /// the file is read with: the library's loading checks that it has them.
        func builderMetal(_ name: String, _ d: inout DiagnosticCollector) -> MaterialEntry? {
            guard let entry = materials.entry(named: name) else {
                d.report(m.value.diagnostic("this model needs the material '\(name)', which the material table does not define"))
                return nil
            }
            return entry
        }

        func material(_ key: String, _ d: inout DiagnosticCollector) -> MaterialEntry? {
            m.required(key, reporting: &d).flatMap { MaterialDescription.named($0, in: materials, &d) }
        }

        /// A required note where the file must give its reasoning, else optional.
        func note(_ key: String, _ d: inout DiagnosticCollector) -> String?? {
            guard let value = defaultNote == nil ? m.required(key, reporting: &d) : m.optional(key) else {
                return defaultNote == nil ? nil : .some(nil)
            }
            return value.string(reporting: &d).map { .some($0) }
        }

        func pouchCell(_ d: inout DiagnosticCollector) -> PartBuild? {
            let capacity = quantity("capacity", .charge, cellCapacity, &d)
            let length = quantity("length", .length, cellLength, &d)
            let width = quantity("width", .length, cellWidth, &d)
            let thickness = quantity("thickness", .length, cellThickness, &d)
            let areal = quantity("areal_capacity", .arealCharge, arealCapacity, default: 90_000, &d)
            let aluminium = builderMetal("aluminium", &d), copper = builderMetal("copper", &d), nickel = builderMetal("nickel", &d)
            guard let capacity, let length, let width, let thickness, let areal, let aluminium, let copper, let nickel else { return nil }
            let cell = PouchCell(capacityMAh: capacity / 3.6, lengthM: length, widthM: width, thicknessM: thickness,
                                 arealCapacityPerSideMAhPerM2: areal / 3.6, aluminium: aluminium, copper: copper, nickel: nickel)
            guard cell.cathodeSheetCount <= maximumCathodeCount else {
                d.report(m.value.diagnostic("this cell would need \(cell.cathodeSheetCount) cathode foils (at most "
                    + "\(maximumCathodeCount)): give a larger outline or areal_capacity"))
                return nil
            }
            return .pouchCell(cell)
        }

        func circuitBoard(_ d: inout DiagnosticCollector) -> PartBuild? {
            typealias Typical = PrintedCircuitBoard.Typical
            let length = quantity("length", .length, boardSide, &d)
            let width = quantity("width", .length, boardSide, &d)
            let planes = count("plane_layers", default: Typical.planeLayerCount, &d)
            let signals = count("signal_layers", default: Typical.signalLayerCount, &d)
            let planeFill = quantity("plane_fill", .dimensionless, fill, default: Typical.planeFill, &d)
            let signalFill = quantity("signal_fill", .dimensionless, fill, default: Typical.signalFill, &d)
            let planeFoil = quantity("plane_foil", .length, foilThickness, default: Typical.planeFoilThicknessM, &d)
            let signalFoil = quantity("signal_foil", .length, foilThickness, default: Typical.signalFoilThicknessM, &d)
            let pitch = quantity("layer_pitch", .length, layerPitch, default: Typical.layerPitchM, &d)
            let note = note("note", &d)
            let copper = builderMetal("copper", &d)
            guard let length, let width, let planes, let signals, let planeFill, let signalFill, let planeFoil,
                  let signalFoil, let pitch, let note, let copper else { return nil }
            guard planes + signals > 0 else {
                d.report(m.value.diagnostic("a board needs at least one copper layer (plane_layers + signal_layers)"))
                return nil
            }
            let board = PrintedCircuitBoard(lengthM: length, widthM: width, planeLayerCount: planes, planeFill: planeFill,
                                            planeFoilThicknessM: planeFoil, signalLayerCount: signals, signalFill: signalFill,
                                            signalFoilThicknessM: signalFoil, layerPitchM: pitch, copper: copper)
            return .circuitBoard(board, note: note ?? defaultNote ?? "")
        }

        func bimetallicCoin(_ d: inout DiagnosticCollector) -> PartBuild? {
            let diameter = quantity("diameter", .length, coinDiameter, &d)
            let mass = quantity("mass", .mass, coinMass, &d)
            let ring = material("ring", &d)
            let centreDiameter = quantity("centre_diameter", .length, coinDiameter, &d)
            let centreMass = quantity("centre_mass", .mass, coinMass, &d)
            let cladding = material("cladding", &d)
            let core = material("core", &d)
            let share = quantity("core_share", .dimensionless, PartBuildDescription.share, &d)
            let note = m.optional("note").flatMap { $0.string(reporting: &d) }
            guard let diameter, let mass, let ring, let centreDiameter, let centreMass, let cladding, let core, let share else { return nil }
            if centreDiameter >= diameter, let value = m.optional("centre_diameter") {
                d.report(value.diagnostic("the centre must be smaller than the coin's diameter"))
                return nil
            }
            if centreMass >= mass, let value = m.optional("centre_mass") {
                d.report(value.diagnostic("the centre's mass must be below the coin's (the ring has the rest)"))
                return nil
            }
            let centre = BimetallicCentre(diameterM: centreDiameter, massKg: centreMass, cladding: cladding, core: core, coreShare: share)
            return .bimetallicCoin(BimetallicCoin(diameterM: diameter, massKg: mass, ring: ring, centre: centre, note: note))
        }

        func platedCoin(_ d: inout DiagnosticCollector) -> PartBuild? {
            let diameter = quantity("diameter", .length, coinDiameter, &d)
            let mass = quantity("mass", .mass, coinMass, &d)
            let core = material("core", &d)
            let plating = material("plating", &d)
            let share = quantity("core_share", .dimensionless, PartBuildDescription.share, &d)
            let note = m.optional("note").flatMap { $0.string(reporting: &d) }
            guard let diameter, let mass, let core, let plating, let share else { return nil }
            return .platedCoin(PlatedCoin(diameterM: diameter, massKg: mass, core: core, plating: plating,
                                          coreMassShare: share, note: note))
        }

        func sheetStack(_ d: inout DiagnosticCollector) -> PartBuild? {
            let name = m.required("name", reporting: &d)?.name(reporting: &d)
            let assumption = note("assumption", &d)
            guard let list = m.required("sheets", reporting: &d)?.sequence(reporting: &d) else { return nil }
            guard (1...maximumSheetCount).contains(list.count) else {
                d.report(m.value.diagnostic("a sheet stack has 1 to \(maximumSheetCount) sheets, got \(list.count)"))
                return nil
            }
            let sheets = list.map { item -> SheetStack.Sheet? in
                guard let s = item.mapping(allowedKeys: ["length", "width", "height", "thickness", "material"], reporting: &d) else { return nil }
                let sheet = Reader(m: s, materials: materials, defaultNote: defaultNote)
                let length = sheet.quantity("length", .length, boardSide, &d)
                let width = sheet.quantity("width", .length, boardSide, &d)
                let height = sheet.quantity("height", .length, .objectOffset, &d)
                let thickness = sheet.quantity("thickness", .length, .objectSize, &d)
                let material = sheet.material("material", &d)
                guard let length, let width, let height, let thickness, let material else { return nil }
                return SheetStack.Sheet(lengthM: length, widthM: width, heightM: height, thicknessM: thickness, material: material)
            }
            guard let name, let assumption, sheets.allSatisfy({ $0 != nil }) else { return nil }
            return .sheetStack(SheetStack(name: name, sheets: sheets.compactMap { $0 },
                                          assumption: assumption ?? defaultNote ?? ""))
        }
    }
}
