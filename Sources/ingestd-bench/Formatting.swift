import Foundation

/// How the bench writes numbers for people: thousands grouped, a fixed number of decimals.
extension Int {
    /// `10000` as `10,000`.
    var grouped: String {
        let digits = String(magnitude)
        var output = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { output.append(",") }
            output.append(character)
        }
        return (self < 0 ? "-" : "") + output
    }
}

extension Double {
    /// The value with `places` decimals; large values grouped, no decimals.
    func formatted(places: Int) -> String {
        if !isFinite { return "–" }
        if abs(self) >= 10_000 { return Int(rounded()).grouped }
        return String(format: "%.\(places)f", self)
    }
}
