extension NumberFormat {
    /// `x` · 10ᵏ as plain decimal text, by moving the decimal point of `x`'s shortest
    /// round-trip text: 0.0467 with k = 3 is "46.7", the text a length in millimetres
    /// needs. No multiplication is done, so the text names exactly the decimal that reads
    /// back to `x`, and ``QuantityParser``, which moves the point back for a unit of
    /// factor 10⁻ᵏ, returns `x` itself ("46.7 mm" is 0.0467 m to the last bit).
    public static func shifted(_ x: Double, byPowerOfTen k: Int) -> String {
        guard x.isFinite else { return shortest(x) }
        if x == 0 { return "0" }
        var text = x.description
        let negative = text.hasPrefix("-")
        if negative { text.removeFirst() }
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(text[text.index(after: e)...]) ?? 0
            text = String(text[..<e])
        }
        let point = text.firstIndex(of: ".") ?? text.endIndex
        var digits = Array(text[..<point]) + (point < text.endIndex ? Array(text[text.index(after: point)...]) : [])
        // The decimal point sits after `pointPosition` digits.
        var pointPosition = text.distance(from: text.startIndex, to: point) + exponent + k
        while let first = digits.first, first == "0" {
            digits.removeFirst()
            pointPosition -= 1
        }
        while let last = digits.last, last == "0" { digits.removeLast() }
        var plain: String
        if pointPosition <= 0 {
            plain = "0." + String(repeating: "0", count: -pointPosition) + String(digits)
        } else if pointPosition >= digits.count {
            plain = String(digits) + String(repeating: "0", count: pointPosition - digits.count)
        } else {
            plain = String(digits[..<pointPosition]) + "." + String(digits[pointPosition...])
        }
        if plain.isEmpty { plain = "0" }
        return negative ? "-" + plain : plain
    }
}
