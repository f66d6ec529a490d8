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
        return CompiledPortal(sharingGridOf: self, settings: settings)
    }
}
