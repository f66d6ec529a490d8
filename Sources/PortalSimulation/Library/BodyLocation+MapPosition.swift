extension BodyLocation {
    /// Where the body map draws this location, in the portal's coordinates (x to the
    /// walker's right, y forward, z up, m, from the body's centre line at floor level):
    /// the middle of its lateral and front/back ranges — on the walker's right for a
    /// place on either side — at its mean height, averaged over the sexes in proportion
    /// `femaleShare` (a place for one sex only uses that sex's height).
    ///
    /// A map shows one dot per location; the spread of placements a run draws is in
    /// the location's ranges and height distributions, not here.
    public func mapPosition(femaleShare: Double) -> (xM: Double, yM: Double, zM: Double) {
        let heightM: Double
        switch (heightMale, heightFemale) {
        case let (male?, female?): heightM = (1 - femaleShare) * male.meanM + femaleShare * female.meanM
        case let (male?, nil): heightM = male.meanM
        case let (nil, female?): heightM = female.meanM
        case (nil, nil): heightM = 1
        }
        func middle(_ range: ClosedRange<Double>) -> Double { (range.lowerBound + range.upperBound) / 2 }
        return (middle(lateralOffsetM), middle(frontBackOffsetM), heightM)
    }
}
