import Testing
@testable import PortalSimulation

struct SpellingSuggestionTests {
    @Test func editDistance() {
        #expect(SpellingSuggestion.editDistance("kitten", "sitting") == 3)
        #expect(SpellingSuggestion.editDistance("", "abc") == 3)
        #expect(SpellingSuggestion.editDistance("widht", "width") == 2)
    }

    @Test func suggestions() {
        let keys = ["width", "height", "frequency", "zones"]
        #expect(SpellingSuggestion.closest(to: "widht", among: keys) == "width")
        #expect(SpellingSuggestion.closest(to: "Height", among: keys) == "height")
        #expect(SpellingSuggestion.closest(to: "freq", among: keys) == "frequency")
        #expect(SpellingSuggestion.closest(to: "colour", among: keys) == nil)
        // A one-letter symbol is not "close" to every other short symbol.
        #expect(SpellingSuggestion.closest(to: "x", among: ["m", "s"]) == nil)
    }
}
