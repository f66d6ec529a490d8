/// A horizontal bar chart with 95 % whiskers, as inline SVG: one group of bars per
/// label (a device at a body location), one bar per series (a configuration), on a
/// 0–100 % axis. Horizontal, so that long names read without turning the head.
struct SVGBarChart {
    struct Bar {
        let value: Double?
        let low: Double?
        let high: Double?
    }

    let labels: [String]
    let series: [String]
    /// `bars[label][series]`.
    let bars: [[Bar]]
    let axisTitle: String

    static let colours = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"]

    func svg() -> String {
        let barHeight = 11.0, gap = 8.0, left = 230.0, plotWidth = 560.0, top = 28.0
        let groupHeight = Double(series.count) * barHeight + gap
        let legendHeight = 18.0 * Double(series.count) + 8
        let height = top + Double(labels.count) * groupHeight + 30 + legendHeight
        let width = left + plotWidth + 40
        func x(_ v: Double) -> Double { left + plotWidth * Swift.min(1, Swift.max(0, v)) }
        let n = HTMLFragment.svgNumber
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(width)) \(n(height))\" width=\"\(n(width))\" height=\"\(n(height))\" "
            + "role=\"img\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"11\">"
        s += "<title>" + HTMLFragment.text(axisTitle) + "</title>"
        for tick in stride(from: 0.0, through: 1.0, by: 0.2) {
            s += "<line x1=\"\(n(x(tick)))\" y1=\"\(n(top - 4))\" x2=\"\(n(x(tick)))\" y2=\"\(n(top + Double(labels.count) * groupHeight))\" stroke=\"#ddd\"/>"
            s += "<text x=\"\(n(x(tick)))\" y=\"\(n(top - 8))\" text-anchor=\"middle\">\(Int((tick * 100).rounded())) %</text>"
        }
        for (g, label) in labels.enumerated() {
            let y0 = top + Double(g) * groupHeight
            s += "<text x=\"\(n(left - 8))\" y=\"\(n(y0 + Double(series.count) * barHeight / 2 + 4))\" text-anchor=\"end\">"
                + HTMLFragment.text(label) + "</text>"
            for (k, bar) in bars[g].enumerated() {
                let y = y0 + Double(k) * barHeight
                guard let v = bar.value else { continue }
                s += "<rect x=\"\(n(left))\" y=\"\(n(y + 1))\" width=\"\(n(x(v) - left))\" height=\"\(n(barHeight - 2))\" fill=\"\(Self.colours[k % 10])\">"
                    + "<title>" + HTMLFragment.text("\(series[k]): \(ReportFormat.rate(v, low: bar.low, high: bar.high))") + "</title></rect>"
                if let lo = bar.low, let hi = bar.high {
                    let yc = n(y + barHeight / 2)
                    s += "<line x1=\"\(n(x(lo)))\" y1=\"\(yc)\" x2=\"\(n(x(hi)))\" y2=\"\(yc)\" stroke=\"black\" stroke-width=\"1\"/>"
                }
            }
        }
        let axisY = top + Double(labels.count) * groupHeight
        s += "<line x1=\"\(n(left))\" y1=\"\(n(axisY))\" x2=\"\(n(left + plotWidth))\" y2=\"\(n(axisY))\" stroke=\"#333\"/>"
        s += "<text x=\"\(n(left + plotWidth / 2))\" y=\"\(n(axisY + 18))\" text-anchor=\"middle\">" + HTMLFragment.text(axisTitle) + "</text>"
        for (k, name) in series.enumerated() {
            let y = axisY + 34 + 18 * Double(k)
            s += "<rect x=\"\(n(left))\" y=\"\(n(y - 9))\" width=\"12\" height=\"10\" fill=\"\(Self.colours[k % 10])\"/>"
                + "<text x=\"\(n(left + 18))\" y=\"\(n(y))\">" + HTMLFragment.text(name) + "</text>"
        }
        return s + "</svg>"
    }
}
