import Foundation
import PortalPhysics

/// Writes built-in objects as the YAML of the library's `objects.yaml`, which is also a
/// scenario's `objects:` section: what `portalsim objects export` prints for a
/// researcher to edit, and what made `objects.yaml` from the objects once written in
/// Swift.
///
/// Every number is written so that it reads back to the same Double: lengths in mm (µm
/// below 0.1 mm) and masses in g by moving the decimal point of the shortest text of the
/// SI value (``NumberFormat/shifted(_:byPowerOfTen:)``), which ``QuantityParser`` moves
/// back. A model's parts are written as the one `build:` call that made them.
public enum ObjectExport {
    /// A part this writer cannot express (a body of revolution or a sheet stack given as
    /// a bare shape): the library makes those with models only, so meeting one is a bug.
    public struct UnwritablePart: Error, CustomStringConvertible {
        public let object: String
        public let part: String
        public var description: String { "the part '\(part)' of '\(object)' has no shape a file can give (only a model makes it)" }
    }

    /// The `objects:` document for `objects`, the first one named `newName` if given.
    public static func yaml(_ objects: [LibraryObject], renamingFirstTo newName: String? = nil) throws(UnwritablePart) -> String {
        var lines = ["objects:"]
        for (index, object) in objects.enumerated() {
            lines.append("  \(index == 0 ? newName ?? object.name : object.name):")
            lines += try objectLines(object).map { "    " + $0 }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func objectLines(_ object: LibraryObject) throws(UnwritablePart) -> [String] {
        var lines = ["kind: \(object.kind.rawValue)", "summary: \(quoted(object.summary))", "size: \(point(object.sizeM))"]
        if let mass = object.publishedMassKg { lines.append("mass: \(grams(mass))") }
        lines.append("parts:")
        for part in object.parts {
            let entry: [String]
            switch part.origin {
            case .follows: continue
            case .leads(let call): entry = buildLines(call)
            case .shape:
                guard let shape = shapeLines(part.primitive) else { throw UnwritablePart(object: object.name, part: part.name) }
                entry = shapeEntry(part, shape: shape)
            }
            lines += entry.enumerated().map { ($0.offset == 0 ? "  - " : "    ") + $0.element }
        }
        return lines
    }

    static func shapeEntry(_ part: LibraryPart, shape: [String]) -> [String] {
        var lines = ["name: \(quoted(part.name))"] + shape + ["material: \(part.materialName)"]
        if part.count != 1 { lines.append("count: \(part.count)") }
        lines += placementLines(offsetM: part.offsetM, attitude: part.attitude)
        if let mass = part.declaredMetalMassKg { lines.append("metal_mass: \(grams(mass / Double(part.count)))") }
        lines.append("assumption: \(quoted(part.assumption))")
        return lines
    }

    /// The `shape:` line and the sizes, in ``ShapeDescription``'s keys.
    static func shapeLines(_ primitive: Primitive) -> [String]? {
        switch primitive {
        case .sphere(let r): ["shape: sphere", "radius: \(length(r))"]
        case .ellipsoid(let a): ["shape: ellipsoid", "semi_axes: \(point(a))"]
        case .disk(let r, let t): ["shape: disk", "radius: \(length(r))", "thickness: \(length(t))"]
        case .ring(let a, let b, let t): ["shape: ring", "inner_radius: \(length(a))", "radius: \(length(b))", "thickness: \(length(t))"]
        case .plate(let l, let w, let t): ["shape: plate", "length: \(length(l))", "width: \(length(w))", "thickness: \(length(t))"]
        case .rod(let l, let r): ["shape: rod", "length: \(length(l))", "radius: \(length(r))"]
        case .wireLoop(let b, let rw): ["shape: loop", "radius: \(length(b))", "wire_radius: \(length(rw))"]
        case .magnet(let r, let t, let br):
            ["shape: magnet", "radius: \(length(r))", "thickness: \(length(t))", "remanence: \(NumberFormat.shortest(br)) T"]
        case .revolved, .sheets: nil
        }
    }

    /// A model's call in ``PartBuildDescription``'s keys.
    static func buildLines(_ call: BuiltParts) -> [String] {
        var lines = ["build: \(call.build.kind)"]
        switch call.build {
        case .pouchCell(let cell):
            lines += ["capacity: \(NumberFormat.shortest(cell.capacityMAh)) mAh", "length: \(length(cell.lengthM))",
                      "width: \(length(cell.widthM))", "thickness: \(length(cell.thicknessM))",
                      "areal_capacity: \(NumberFormat.shifted(cell.arealCapacityPerSideMAhPerM2, byPowerOfTen: -4)) mAh/cm2"]
        case .circuitBoard(let board, let note):
            lines += ["length: \(length(board.lengthM))", "width: \(length(board.widthM))",
                      "plane_layers: \(board.planeLayerCount)", "signal_layers: \(board.signalLayerCount)",
                      "plane_fill: \(percent(board.planeFill))", "signal_fill: \(percent(board.signalFill))",
                      "plane_foil: \(length(board.planeFoilThicknessM))", "signal_foil: \(length(board.signalFoilThicknessM))",
                      "layer_pitch: \(length(board.layerPitchM))", "note: \(quoted(note))"]
        case .bimetallicCoin(let coin):
            lines += ["diameter: \(length(coin.diameterM))", "mass: \(grams(coin.massKg))", "ring: \(coin.ring.name)",
                      "centre_diameter: \(length(coin.centre.diameterM))", "centre_mass: \(grams(coin.centre.massKg))",
                      "cladding: \(coin.centre.cladding.name)", "core: \(coin.centre.core.name)",
                      "core_share: \(percent(coin.centre.coreShare))"]
            if let note = coin.note { lines.append("note: \(quoted(note))") }
        case .platedCoin(let coin):
            lines += ["diameter: \(length(coin.diameterM))", "mass: \(grams(coin.massKg))", "core: \(coin.core.name)",
                      "plating: \(coin.plating.name)", "core_share: \(percent(coin.coreMassShare))"]
            if let note = coin.note { lines.append("note: \(quoted(note))") }
        case .sheetStack(let stack):
            lines += ["name: \(quoted(stack.name))", "sheets:"]
            lines += stack.sheets.map { sheet in
                "  - {length: \(length(sheet.lengthM)), width: \(length(sheet.widthM)), height: \(length(sheet.heightM)), "
                    + "thickness: \(length(sheet.thicknessM)), material: \(sheet.material.name)}"
            }
            lines.append("assumption: \(quoted(stack.assumption))")
        }
        return lines + placementLines(offsetM: call.offsetM, attitude: call.attitude)
    }

    static func placementLines(offsetM: Vector3, attitude: Rotation) -> [String] {
        var lines: [String] = []
        if offsetM != .zero { lines.append("offset: \(point(offsetM))") }
        if attitude != .identity {
            if let axes = AttitudeDescription.axesText(of: attitude) {
                lines.append("attitude: {axes: [\(axes.joined(separator: ", "))]}")
            } else {
                let m = attitude.matrix
                // Intrinsic z-y′-x″ angles of R = Rz(yaw) Ry(pitch) Rx(roll).
                let pitch = -asin(max(-1, min(1, m.r2.x)))
                let yaw = atan2(m.r1.x, m.r0.x), roll = atan2(m.r2.y, m.r2.z)
                let degrees = [yaw, pitch, roll].map { NumberFormat.shortest($0 * 180 / Double.pi) + " deg" }
                lines.append("attitude: {yaw: \(degrees[0]), pitch: \(degrees[1]), roll: \(degrees[2])}")
            }
        }
        return lines
    }

    /// mm, or µm below 0.1 mm, exactly (see the type's comment).
    static func length(_ x: Double) -> String {
        if x != 0, abs(x) < 1e-4 { return NumberFormat.shifted(x, byPowerOfTen: 6) + " um" }
        return NumberFormat.shifted(x, byPowerOfTen: 3) + " mm"
    }

    static func grams(_ x: Double) -> String { NumberFormat.shifted(x, byPowerOfTen: 3) + " g" }
    static func percent(_ x: Double) -> String { NumberFormat.shifted(x, byPowerOfTen: 2) + " %" }
    static func point(_ v: Vector3) -> String { "[\(length(v.x)), \(length(v.y)), \(length(v.z))]" }

    /// A YAML double-quoted scalar: backslash, quote and control characters escaped.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\x" + String(scalar.value, radix: 16).leftPadded(to: 2)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
