// PortalSimulation: everything between a scenario file and the numbers a user
// reads. Input/ reads hand-written YAML into SI values with diagnostics that name
// file, line, column and key path; Output/ writes reproducible CSV atomically.
// The scenario model, library, engine and statistics build on these.
import PortalPhysics
