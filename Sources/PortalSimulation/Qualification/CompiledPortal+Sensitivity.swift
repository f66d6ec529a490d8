import PortalPhysics

extension CompiledPortal {
    /// The same portal at another setting of the sensitivity knob, sharing this one's
    /// sensitivity grid.
    ///
    /// Calibration runs a protocol at several settings; the grid depends on the coils
    /// only, and computing it again for each probe would cost far more than the
    /// protocol's few hundred passes. (With `thresholdOverrideV` set the knob has no
    /// effect; callers check.)
    func atSensitivity(_ sensitivity: Int) -> CompiledPortal {
        var settings = self.settings
        settings.sensitivity = sensitivity
        return with(settings: settings)
    }

    /// The same portal and grid with other detector settings: the grid depends on the
    /// portal's coils and the walk's length, never on the signal processing.
    func with(settings: DetectorSettings) -> CompiledPortal {
        CompiledPortal(portal: portal, settings: settings, grid: grid, walkHalfLengthM: walkHalfLengthM)
    }

    private init(portal: Portal, settings: DetectorSettings, grid: SensitivityGrid, walkHalfLengthM: Double) {
        self.portal = portal
        self.settings = settings
        self.grid = grid
        self.walkHalfLengthM = walkHalfLengthM
        self.thresholdV = settings.thresholdV
    }
}
