import PortalPhysics

/// What compiling a run's stages shares across its configurations: the objects, the
/// portals compiled so far — a portal used by several stages compiled once, the same
/// coils at other settings sharing one grid, portals that make the same passes grouped
/// (``Engine/passGroups``) — and whatever else a kind computes once per run, kept under
/// the kind's own key (a wand's tensors at its frequency, the objects' magnetostatics).
struct StageCompiler {
    /// Every object a case can carry, in `CarriedItem.objectIndex` order.
    let objects: [ObjectEntry]
    let threads: Int
    /// Portals compiled before (by another sweep point), whose grids may be shared.
    let reusing: [CompiledPortal]
    private(set) var portals: [CompiledPortal] = []
    /// By portal: the first portal that makes the same passes.
    private(set) var passGroups: [Int] = []
    /// `models[p][o]`: object `o`'s channel tensors for portal `p`.
    private(set) var models: [[CarriedObjectModel]] = []
    private var shared: [AnyHashable: any Sendable] = [:]

    init(objects: [ObjectEntry], threads: Int, reusing: [CompiledPortal]) {
        self.objects = objects
        self.threads = threads
        self.reusing = reusing
    }

    /// The index of `stage`'s compiled portal in `portals`, compiled now if no earlier
    /// stage has the same portal and settings.
    mutating func portal(_ stage: PortalStage) -> Int {
        let (portal, settings) = (stage.portal, stage.settings)
        if let same = portals.firstIndex(where: { $0.portal == portal && $0.settings == settings }) { return same }
        let compiled: CompiledPortal
        if let coils = portals.first(where: { $0.portal == portal }) ?? reusing.first(where: { $0.portal == portal }) {
            compiled = CompiledPortal(sharingGridOf: coils, settings: settings)
        } else {
            compiled = CompiledPortal(portal: portal, settings: settings, threads: threads)
        }
        portals.append(compiled)
        // The relation is an equivalence, so the first portal of a group comes first.
        passGroups.append(portals.firstIndex { $0.simulatesTheSamePass(as: compiled) } ?? 0)
        models.append(objects.map {
            CarriedObjectModel(name: $0.name, channelTensors: compiled.channelTensors(of: $0.spectrum), largestDimensionM: $0.largestDimensionM)
        })
        return portals.count - 1
    }

    /// The value kept under `key`, made from the objects by `make` the first time.
    mutating func shared<Key: Hashable & Sendable, Value: Sendable>(_ key: Key, _ make: ([ObjectEntry]) -> Value) -> Value {
        if let value = shared[AnyHashable(key)] as? Value { return value }
        let value = make(objects)
        shared[AnyHashable(key)] = value
        return value
    }
}
