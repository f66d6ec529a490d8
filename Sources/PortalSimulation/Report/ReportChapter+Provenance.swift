extension ReportChapter {
    /// What the answer rests on: the run's size and the scenario's figures the folder
    /// records, the model's standing assumptions, and the scenario file itself.
    func assumptions() -> String {
        var items: [String] = []
        let record = folder.record
        if let trials = record.trials {
            items.append("\(ReportFormat.grouped(trials)) simulated people per device, body location and configuration (seed \(record.seed)); "
                         + "the ranges above shrink as the square root of that number.")
        }
        let locations = detections.map(\.location).uniqued()
        if !locations.isEmpty {
            items.append("Devices are hidden at: \(locations.joined(separator: ", ")); an average over them counts each place equally.")
        }
        if let site = folder["site.csv"], let r = site.rows.first {
            items.append("\(ReportFormat.quantity(site.number(r, "arrivals_per_day"))) arrivals a day, \(ReportFormat.quantity(site.number(r, "days_per_year"))) days a year, "
                         + "\(ReportFormat.quantity(site.number(r, "attempts_per_year"))) phones tried a year: the yearly figures scale with these, "
                         + "and their ranges are the simulation's alone, not the uncertainty of how many phones are tried.")
        }
        if let p = folder["populations.csv"] {
            let first = p.rows.first.map { p.value($0, "configuration") }
            let shares = p.rows.filter { p.value($0, "configuration") == first && p.value($0, "pooled") == "0" }
                .map { "\(p.value($0, "population")) \(ReportFormat.percent(p.number($0, "share")))" }
            items.append("Arrivals: " + shares.joined(separator: ", ") + ".")
        }
        items += [
            "People walk through at their own pace and line; the device sits where the body location puts it, turned as such a place "
            + "turns it. A deliberate smuggler can do worse for the portal (see “What a smuggler would choose” where it was run).",
            "The signal of each device comes from its modelled metal parts; the portal’s noise, threshold and alarm logic from the "
            + "scenario. The figures are a model’s estimate: compare configurations with them, and check a portal on site.",
        ]
        var html = HTMLFragment.list(items)
        if let text = folder.scenarioText {
            html += "<details><summary>The scenario file, \(HTMLFragment.text(record.scenarioPath))</summary><pre>"
                + HTMLFragment.text(text) + "</pre></details>"
        } else {
            html += HTMLFragment.paragraph("The scenario file \(record.scenarioPath) is no longer where the run read it, or has "
                                           + "changed since: its text is not shown.", class: "note")
        }
        return section("assumptions", "The assumptions that carry the answer",
                       reading: "Change one of these and the numbers change; they are the first thing to question.", html)
    }

    /// Where the numbers came from: tool, scenario and its hash, seed, run size, the
    /// command that repeats the run, and the files with their SHA-256.
    func provenance() -> String {
        let r = folder.record
        var rows: [[String]] = [
            ["tool", "PortalSim \(r.toolVersion)" + (r.build.map { " (build \($0))" } ?? "")],
            ["scenario", r.scenarioPath],
            ["scenario SHA-256", r.scenarioHash + (folder.scenarioText == nil ? " (the file has changed or moved since)" : " (the file is unchanged)")],
            ["seed", String(r.seed)],
            ["people per case", r.trials.map { ReportFormat.grouped($0) } ?? "decided by precision"],
            ["shard", r.shard.map { "\($0)" } ?? "whole run"],
            ["started", r.startedAt],
            ["repeat with", r.rerun ?? r.commandLine.joined(separator: " ")],
        ]
        for input in r.inputs.dropFirst() { rows.append(["input", "\(input.path) \(input.sha256)"]) }
        let files = r.files.sorted { $0.key < $1.key }.map { [$0.key, $0.value] }
        return section("provenance", "Provenance",
                       reading: "Enough to repeat the run and to check that these are its files.",
                       HTMLFragment.table(id: "provenance-\(number)", caption: "The run", header: ["what", "value"], rows: rows)
                       + "<details><summary>Files of \(HTMLFragment.text(folder.path)) and their SHA-256</summary>"
                       + HTMLFragment.table(id: "files-\(number)", caption: "Files", header: ["file", "SHA-256"], rows: files) + "</details>")
    }
}
