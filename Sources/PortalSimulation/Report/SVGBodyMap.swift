/// One body map as inline SVG: the front and side outline of an adult
/// (`BodySilhouette`), each body location a dot at its place coloured by its
/// probability of detection — red (never found), amber (half the time), green
/// (always) — and labelled with it. The same picture `plots/bodymap.gp` draws.
struct SVGBodyMap {
    struct Spot {
        let location: String
        let xM, yM, zM: Double
        let pd: Double?
    }

    let title: String
    let spots: [Spot]

    /// Pixels per metre, and the panels' extents in metres.
    static let scale = 190.0
    static let frontRangeM = (near: 1.0, far: -0.35)     // drawn reversed: seen from the front
    static let sideRangeM = (back: -0.30, front: 0.55)
    static let heightRangeM = (floor: -0.04, top: 1.82)

    /// The colour of a probability: red → amber → green.
    static func colour(_ p: Double?) -> String {
        guard let p else { return "#999999" }
        let stops: [(Double, (Double, Double, Double))] = [(0, (192, 57, 43)), (0.5, (243, 156, 18)), (1, (39, 174, 96))]
        let t = Swift.min(1, Swift.max(0, p))
        let (a, b) = t <= 0.5 ? (stops[0], stops[1]) : (stops[1], stops[2])
        let u = (t - a.0) / (b.0 - a.0)
        func channel(_ x: Double, _ y: Double) -> String {
            let v = Int((x + (y - x) * u).rounded())
            let hex = String(v, radix: 16)
            return hex.count == 1 ? "0" + hex : hex
        }
        return "#" + channel(a.1.0, b.1.0) + channel(a.1.1, b.1.1) + channel(a.1.2, b.1.2)
    }

    /// The labels' baselines for dots at heights `ys` (px, any order): each at its dot
    /// (+3.5 px, centred on it), at least `spacing` below the label above, and none
    /// below `lowest` (the column is pushed up from the bottom when it would be).
    static func labelRows(_ ys: [Double], spacing: Double, lowest: Double) -> [Double] {
        let order = ys.indices.sorted { ys[$0] < ys[$1] || (ys[$0] == ys[$1] && $0 < $1) }
        var rows = Array(repeating: 0.0, count: ys.count)
        var previous = -Double.infinity
        for i in order {
            rows[i] = Swift.max(ys[i] + 3.5, previous + spacing)
            previous = rows[i]
        }
        var next = lowest + spacing
        for i in order.reversed() {
            rows[i] = Swift.min(rows[i], next - spacing)
            next = rows[i]
        }
        return rows
    }

    func svg() -> String {
        let s = Self.scale
        let frontWidth = (Self.frontRangeM.near - Self.frontRangeM.far) * s
        let sideWidth = (Self.sideRangeM.front - Self.sideRangeM.back) * s
        let height = (Self.heightRangeM.top - Self.heightRangeM.floor) * s + 40
        let n = HTMLFragment.svgNumber
        func z(_ m: Double) -> Double { 24 + (Self.heightRangeM.top - m) * s }
        func fx(_ m: Double) -> Double { (Self.frontRangeM.near - m) * s }
        func sy(_ m: Double) -> Double { frontWidth + (m - Self.sideRangeM.back) * s }
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(frontWidth + sideWidth)) \(n(height))\" "
            + "width=\"\(n(frontWidth + sideWidth))\" height=\"\(n(height))\" role=\"img\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"10\">"
        out += "<title>" + HTMLFragment.text(title) + "</title>"
        out += "<text x=\"4\" y=\"14\" font-size=\"12\" font-weight=\"bold\">" + HTMLFragment.text(title) + "</text>"
        out += "<polygon points=\"" + BodySilhouette.front.map { n(fx($0.xM)) + "," + n(z($0.zM)) }.joined(separator: " ")
            + "\" fill=\"#ececec\" stroke=\"#666\"/>"
        out += "<polygon points=\"" + BodySilhouette.side.map { n(sy($0.yM)) + "," + n(z($0.zM)) }.joined(separator: " ")
            + "\" fill=\"#ececec\" stroke=\"#666\"/>"
        out += "<text x=\"\(n(fx(0)))\" y=\"\(n(height - 2))\" text-anchor=\"middle\" fill=\"#555\">front</text>"
        out += "<text x=\"\(n(sy(0)))\" y=\"\(n(height - 2))\" text-anchor=\"middle\" fill=\"#555\">side (facing right)</text>"
        // Labels in a column left of the front view, each at its dot's height unless that
        // would overlap the one above; a thin line leads from label to dot.
        let labelX = fx(0.30)
        let rows = Self.labelRows(spots.map { z($0.zM) }, spacing: 12, lowest: height - 20)
        for (spot, labelY) in zip(spots, rows) {
            let label = HTMLFragment.text("\(spot.location): \(ReportFormat.percent(spot.pd))")
            let colour = Self.colour(spot.pd)
            let (x, y) = (fx(spot.xM), z(spot.zM))
            out += "<line x1=\"\(n(labelX + 2))\" y1=\"\(n(labelY - 3.5))\" x2=\"\(n(x))\" y2=\"\(n(y))\" stroke=\"#999\" stroke-width=\"0.6\"/>"
            out += "<text x=\"\(n(labelX))\" y=\"\(n(labelY))\" text-anchor=\"end\">\(label)</text>"
            out += "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"5.5\" fill=\"\(colour)\" stroke=\"#333\"><title>\(label)</title></circle>"
            out += "<circle cx=\"\(n(sy(spot.yM)))\" cy=\"\(n(y))\" r=\"5.5\" fill=\"\(colour)\" stroke=\"#333\"><title>\(label)</title></circle>"
        }
        return out + "</svg>"
    }
}
