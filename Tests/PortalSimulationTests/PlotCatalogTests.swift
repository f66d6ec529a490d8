import Foundation
import Testing
@testable import PortalSimulation

/// Which script draws which CSV, decided by the header alone.
struct PlotCatalogTests {
    @Test(arguments: [
        (ResultsTables.resultsHeader.joined(separator: ","), "detection.gp"),
        (ResultsTables.portalAlarmsHeader.joined(separator: ","), "detection.gp"),
        // results.csv as written before the dipole_flagged column.
        ("configuration,object,location,trials,detected,pd,pd_low,pd_high,top_zone,top_zone_share,peak_ratio_p05,peak_ratio_median,peak_ratio_p95,alarms_by_zone", "detection.gp"),
        ("configuration,object,location,innocent,trials,found,pd,pd_low,pd_high,alarmed,alarm_rate,alarm_low,alarm_high,searched,minutes_mean", "comparison.gp"),
        ("configuration,stages,trials,nuisance_rate,nuisance_low,nuisance_high,secondary_rate,persons_per_hour,bottleneck,minutes_per_person,staff_minutes_per_100", "configurations.gp"),
        ("baseline,configuration,object,location,innocent,trials,rate_baseline,rate_configuration,difference,difference_low,difference_high,baseline_only,configuration_only,mcnemar_p", "difference.gp"),
        ("point,sensitivity,object,location,innocent,trials,detections,rate,rate_low,rate_high", "sweep.gp"),
        ("point,gate_start_s,walking_speed_mps,zone_count,object,location,innocent,trials,detections,rate,rate_low,rate_high", "sweep.gp"),
        ("curve,sensitivity,object,location,pd,pd_low,pd_high,nuisance,nuisance_low,nuisance_high", "roc.gp"),
        ("configuration,object,location,x_m,y_m,z_m,trials,pd,pd_low,pd_high", "bodymap.gp"),
        ("point,orientation,lateral_m,height_m,passes,alarms,pd,min_peak_over_threshold,passed", "qualification.gp"),
        ("time_s,position_m,zone,channel,signal_v,noisy_v,threshold_v", "trace.gp"),
        ("x_m,y_m,z_m,zone,sxx_per_m2,syy_per_m2,szz_per_m2,sxy_per_m2,sxz_per_m2,syz_per_m2,s_norm_per_m2", "field-map.gp"),
        ("x_m,y_m,z_m,zone,hx_per_m,hy_per_m,hz_per_m,h_per_m", "field-map.gp"),
        (SignatureTable.header.joined(separator: ","), "signature.gp"),
    ])
    func headerChoosesTheScript(header: String, script: String) {
        let row = Array(repeating: "0", count: header.split(separator: ",").count).joined(separator: ",")
        guard case .plot(let kind) = PlotCatalog.decide(csv: header + "\n" + row + "\n") else {
            Issue.record("\(header) not recognised")
            return
        }
        #expect(kind.script == script)
    }

    @Test func filesWithoutAPictureAreSkippedWithTheReason() {
        #expect(PlotCatalog.decide(csv: ResultsTables.alarmsHeader.joined(separator: ",") + "\nx,v,1,0,0,0,1,0,,0,0,0\n")
                == .skip("the innocent population's alarm rate; no plot of its own"))
        #expect(PlotCatalog.decide(csv: "coil,zone,vertex,x_m,y_m,z_m\n1,0,1,0,0,0\n") == .skip("coil outlines, drawn on the field map they belong to"))
        #expect(PlotCatalog.decide(csv: "configuration,stage,kind,object,location,innocent,entered,alarms,found,alarm_rate\nc,portal,portal,a,b,0,1,1,0,1\n")
                == .skip("counts per screening stage; no plot of its own"))
        #expect(PlotCatalog.decide(csv: ScreeningTables.populationsHeader.joined(separator: ",") + "\nc,all,1,1,10,0,0,0.3,0,0,0,,,\n")
                == .skip("each population's alarms and their mix; no plot of its own"))
        #expect(PlotCatalog.decide(csv: ScreeningTables.siteHeader.joined(separator: ",") + "\n" + String(repeating: "1,", count: 19) + "1\n")
                == .skip("the year at the site; no plot of its own"))
        #expect(PlotCatalog.decide(csv: "a,b\n1,2\n") == .skip("not a CSV kind portalsim plot knows"))
        #expect(PlotCatalog.decide(csv: "") == .skip("empty file"))
        #expect(PlotCatalog.decide(csv: TraceTable.header.joined(separator: ",") + "\n") == .skip("no data rows"))
        // A sweep needs a parameter between point and object, and the columns after it.
        #expect(PlotCatalog.decide(csv: "point,object,location,innocent,trials,detections,rate,rate_low,rate_high\n1,a,b,0,1,1,1,0,1\n")
                == .skip("not a CSV kind portalsim plot knows"))
    }

    /// field-map.gp maps planes: samples on a line are left alone.
    @Test func fieldSamplesMustLieOnAPlane() {
        let header = "x_m,y_m,z_m,zone,hx_per_m,hy_per_m,hz_per_m,h_per_m\n"
        let plane = header + "0,-1,0.5,0,1,0,0,1\n0,1,0.5,0,1,0,0,1\n0,1,1.5,0,1,0,0,1\n"
        let line = header + "0,-1,0.5,0,1,0,0,1\n0.1,1,1,0,1,0,0,1\n"
        #expect(PlotCatalog.decide(csv: plane) == .plot(.fieldMap))
        #expect(PlotCatalog.decide(csv: line) == .skip("field samples not on a plane (a line or listed points); field-map.gp maps planes"))
    }

    @Test func quotedHeaderFieldsAndPicturePaths() {
        #expect(CSVLine.fields("a,\"b, c\",\"say \"\"hi\"\"\",\r") == ["a", "b, c", "say \"hi\"", ""])
        #expect(PlotCatalog.picturePath(forCSV: "out/example/results.csv", extension: "svg") == "out/example/results.svg")
        #expect(PlotFormat.both.extensions == ["png", "svg"])
    }

    /// --scripts, then PORTALSIM_PLOTS, then the checkout above the executable, then ./plots.
    @Test func scriptsFolderOrder() throws {
        let root = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let checkout = root + "/checkout", work = root + "/work", other = root + "/other"
        for folder in [checkout + "/plots", checkout + "/.build/debug", work + "/plots", other] {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        #expect(FileManager.default.createFile(atPath: checkout + "/Package.swift", contents: Data()))
        let executable = checkout + "/.build/debug/portalsim"
        #expect(FileManager.default.createFile(atPath: executable, contents: Data()))
        func locate(_ option: String?, _ variable: String?, _ exe: String?) throws -> PlotScripts {
            try PlotScripts.locate(option: option, environment: variable.map { ["PORTALSIM_PLOTS": $0] } ?? [:],
                                   executable: exe, workingDirectory: work)
        }
        #expect(try locate(other, work, executable) == PlotScripts(folder: other, source: .option))
        #expect(try locate(nil, other, executable) == PlotScripts(folder: other, source: .environment))
        #expect(try locate(nil, nil, executable) == PlotScripts(folder: checkout + "/plots", source: .checkout))
        #expect(try locate(nil, nil, other + "/portalsim") == PlotScripts(folder: work + "/plots", source: .workingDirectory))
        // A symbolic link to the executable (an install in ~/bin) still finds the checkout.
        try FileManager.default.createSymbolicLink(atPath: other + "/portalsim", withDestinationPath: executable)
        #expect(try locate(nil, nil, other + "/portalsim") == PlotScripts(folder: checkout + "/plots", source: .checkout))
        #expect(throws: PlotScripts.LocateError.notAFolder(root + "/none", source: .option)) { try locate(root + "/none", nil, nil) }
        #expect(throws: PlotScripts.LocateError.notAFolder(root + "/none", source: .environment)) { try locate(nil, root + "/none", nil) }
        #expect(throws: PlotScripts.LocateError.notFound(searched: [other + "/plots"])) {
            try PlotScripts.locate(option: nil, environment: [:], executable: nil, workingDirectory: other)
        }
    }
}
