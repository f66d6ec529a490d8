/// What `portalsim field` samples.
public enum FieldQuantity: String, CaseIterable, Sendable {
    /// h_T: the transmitter's field per ampere of drive.
    case transmit
    /// h_r: the field a receive zone would make per ampere (its reciprocal sensitivity).
    case receive
    /// sym(h_r h_Tᵀ): the zone's sensitivity product, which contracted with an object's
    /// tensor gives its coupling.
    case sensitivity
}
