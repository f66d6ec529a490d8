/// The physical ranges of scenario keys, in SI, named once so that every decoder of the
/// same kind of value refuses the same absurd magnitudes.
///
/// Each narrows its dimension's ``PhysicalDimension/physicalRange`` (which every quantity
/// meets anyway) to what a domain expert would defend for the key; plain numbers (turns,
/// weights, μr), which have no dimension, get theirs only from here. The table is in
/// docs/scenario-format.md ("Ranges"); keep the two together.
extension AllowedRange {
    /// A coil's radius, width or height: 1 mm to 10 m (a portal panel is about 2 m).
    public static let coilSize = within(0.001...10)
    /// A coil centre or polygon vertex, each coordinate in the portal frame: ±10 m.
    public static let coilPosition = within(-10...10)
    /// A coil's wire (bundle) radius: 1 µm to 10 cm.
    public static let wireRadius = within(1e-6...0.1)
    /// Turns of a coil: above 0, at most 100 000.
    public static let coilTurns = greaterThan(0).and(.atMost(100_000))
    /// A coil's share of the drive or sign in its channel: −100 to 100.
    public static let coilWeight = within(-100...100)
    /// One component of a direction `[nx, ny, nz]` (normalised afterwards).
    public static let directionComponent = within(-1e6...1e6)
    /// The transmitter's drive current: above 0, at most 100 A.
    public static let transmitterCurrent = greaterThan(0).and(.atMost(100))
    /// A CW detector's operating frequency: 10 Hz to 1 MHz (eddy-current detectors work
    /// from about 100 Hz to a few hundred kHz).
    public static let detectorFrequency = within(10...1_000_000)
    /// A PI detector's pulse rate: 1 Hz to 100 kHz.
    public static let pulseRate = within(1...100_000)
    /// A PI gate's start or end after step-off: at most 100 ms (gates are µs to ms).
    public static let gateTime = within(0...0.1)
    /// A detector's threshold, reference threshold or noise: at most 1 V (they are µV).
    public static let detectorVoltage = within(0...1)
    /// The walk-through filter's corners: above 0, at most 50 kHz.
    public static let filterCorner = greaterThan(0).and(.atMost(50_000))
    /// A part of an object: 10 nm (a gold flash on a contact is 50–200 nm) to 5 m.
    public static let objectSize = within(1e-8...5)
    /// A part's offset from its object's centre, each coordinate: ±5 m.
    public static let objectOffset = within(-5...5)
    /// A metal's conductivity: 1 S/m to 100 MS/m (silver is 63 MS/m).
    public static let conductivity = within(1...1e8)
    /// Relative permeability: 1 to 10⁶ (mu-metal is about 10⁵).
    public static let relativePermeability = within(1...1e6)
    /// A permanent magnet's remanence: above 0, at most 2 T (NdFeB is about 1.4 T).
    public static let remanence = greaterThan(0).and(.atMost(2))
    /// A material's density: 500 kg/m3 to 25 g/cm3 (lithium is 534 kg/m3, osmium 22.6 g/cm3).
    public static let density = within(500...25_000)
    /// A body location's mean height above the floor: 0 to 2.5 m.
    public static let bodyHeight = within(0...2.5)
    /// The standard deviation of a body location's height: above 0, at most 30 cm.
    public static let bodyHeightSpread = greaterThan(0).and(.atMost(0.3))
    /// A body location's distance from the centre line, |x|: 0 to 50 cm (the aperture is
    /// 76 cm wide).
    public static let bodyLateralOffset = within(0...0.5)
    /// A body location's place in front of (+) or behind (−) the body's centre: ±50 cm.
    public static let bodyFrontBackOffset = within(-0.5...0.5)
    /// How far under the surface a wand passes over an object lies: 0 to 30 cm.
    public static let wandDepth = within(0...0.3)
    /// A confidence level: 50 % to 99.9999 %.
    public static let confidenceLevel = within(0.5...0.999_999)
}
