import Foundation

/// Small CSV files in exactly the formats the tools write (README, "CSV columns"), one
/// per plot script, with values a real run could give.
enum PlotFixtures {
    static let results = """
        configuration,object,location,trials,detected,pd,pd_low,pd_high,top_zone,top_zone_share,peak_ratio_p05,peak_ratio_median,peak_ratio_p95,alarms_by_zone,dipole_flagged
        example-run,mini-phone-3310,ankle-sock,2000,840,0.42,0.398202,0.442046,1,1,0.526,0.95,1.58,840;0;0;0;0;0,0
        example-run,mini-phone-3310,groin,2000,0,0,0,0.00184267,0,,0.0602,0.102,0.168,0;0;0;0;0;0,0
        example-run,smartphone,ankle-sock,2000,2000,1,0.998157,1,1,1,12.6,16.6,21.4,2000;0;0;0;0;0,412
        example-run,smartphone,groin,2000,2000,1,0.998157,1,3,0.98,5.62,7.5,9.55,0;40;1960;0;0;0,3

        """

    static let screening = """
        configuration,object,location,innocent,trials,found,pd,pd_low,pd_high,alarmed,alarm_rate,alarm_low,alarm_high,searched,minutes_mean
        portal-s50,mini-phone-3310,ankle-sock,0,2000,840,0.42,0.398,0.442,840,0.42,0.398,0.442,840,1.8
        portal-s50,smartphone,chest-pocket,0,2000,2000,1,0.998,1,2000,1,0.998,1,2000,2.1
        portal-s50,visitors,-,1,2000,0,,,,390,0.195,0.178,0.213,390,1.1
        "portal, then wand",mini-phone-3310,ankle-sock,0,2000,1500,0.75,0.73,0.768,840,0.42,0.398,0.442,840,2.8
        "portal, then wand",smartphone,chest-pocket,0,2000,2000,1,0.998,1,2000,1,0.998,1,2000,3.1
        "portal, then wand",visitors,-,1,2000,0,,,,390,0.195,0.178,0.213,390,1.9

        """

    static let configurations = """
        configuration,stages,trials,nuisance_rate,nuisance_low,nuisance_high,secondary_rate,persons_per_hour,bottleneck,minutes_per_person,staff_minutes_per_100
        portal-s50,portal,2000,0.195,0.178,0.213,0.195,420,portal,0.14,35
        portal+wand,portal;wand,2000,0.195,0.178,0.213,0.21,310,wand,0.19,72

        """

    /// A pipeline whose stages take no time: no throughput (persons_per_hour empty).
    static let configurationsUntimed = """
        configuration,stages,trials,nuisance_rate,nuisance_low,nuisance_high,secondary_rate,persons_per_hour,bottleneck,minutes_per_person,staff_minutes_per_100
        portal-s50,portal,2000,0.195,0.178,0.213,0,,,0,0
        portal-s70,portal,2000,0.45,0.428,0.472,0,,,0,0

        """

    static let comparison = """
        baseline,configuration,object,location,innocent,trials,rate_baseline,rate_configuration,difference,difference_low,difference_high,baseline_only,configuration_only,mcnemar_p
        portal-s50,portal+wand,mini-phone-3310,ankle-sock,0,2000,0.42,0.75,0.33,0.3,0.36,0,660,1e-100
        portal-s50,portal+wand,smartphone,chest-pocket,0,2000,1,1,0,0,0,0,0,1
        portal-s50,portal+wand,visitors,-,1,2000,0.195,0.18,-0.015,-0.03,0,40,10,0.3

        """

    static let sweep = """
        point,sensitivity,frequency_hz,object,location,innocent,trials,detections,rate,rate_low,rate_high
        1,30,5000,mini-phone-3310,ankle-sock,0,1000,20,0.02,0.0123,0.0307
        1,30,5000,visitors,-,1,1000,30,0.03,0.0203,0.0426
        2,50,5000,mini-phone-3310,ankle-sock,0,1000,420,0.42,0.389,0.451
        2,50,5000,visitors,-,1,1000,195,0.195,0.171,0.221
        3,70,5000,mini-phone-3310,ankle-sock,0,1000,950,0.95,0.935,0.963
        3,70,5000,visitors,-,1,1000,450,0.45,0.419,0.481

        """

    /// A sweep whose first parameter is not a number.
    static let sweepOfClasses = """
        point,portal_class,walking_speed_mps,object,location,innocent,trials,detections,rate,rate_low,rate_high
        1,cw-single-zone,0.8,mini-phone-3310,ankle-sock,0,500,100,0.2,0.166,0.238
        2,cw-single-zone,1.4,mini-phone-3310,ankle-sock,0,500,80,0.16,0.129,0.195
        3,pi-multi-zone,0.8,mini-phone-3310,ankle-sock,0,500,450,0.9,0.871,0.925
        4,pi-multi-zone,1.4,mini-phone-3310,ankle-sock,0,500,430,0.86,0.826,0.889

        """

    static let bodyMap = """
        configuration,object,location,x_m,y_m,z_m,trials,pd,pd_low,pd_high
        today,mini-phone-3310,bra,0.05,0.105,1.17,2000,0.61,0.588,0.631
        today,mini-phone-3310,ankle-sock,0.11,0,0.115,2000,0.12,0.106,0.135
        today,mini-phone-3310,body-cavity,0.01,-0.02,0.875,2000,0.02,0.0142,0.0273
        "pillars, then wand",mini-phone-3310,bra,0.05,0.105,1.17,2000,0.97,0.961,0.977
        "pillars, then wand",mini-phone-3310,ankle-sock,0.11,0,0.115,2000,0.9,0.886,0.913
        "pillars, then wand",mini-phone-3310,body-cavity,0.01,-0.02,0.875,2000,0.4,0.378,0.422

        """

    static let roc = """
        curve,sensitivity,object,location,pd,pd_low,pd_high,nuisance,nuisance_low,nuisance_high
        all,30,mini-phone-3310,all,0.05,0.04,0.062,0.03,0.0203,0.0426
        all,50,mini-phone-3310,all,0.2,0.18,0.22,0.195,0.171,0.221
        all,70,mini-phone-3310,all,0.55,0.52,0.58,0.45,0.419,0.481
        all,30,mini-phone-thumb,all,0,0,0.003,0.03,0.0203,0.0426
        all,50,mini-phone-thumb,all,0.01,0.006,0.016,0.195,0.171,0.221
        all,70,mini-phone-thumb,all,0.08,0.07,0.092,0.45,0.419,0.481
        all,50,mini-phone-thumb,ankle-sock,0.02,0.01,0.03,0.195,0.171,0.221

        """

    static let qualification = """
        point,orientation,lateral_m,height_m,passes,alarms,pd,min_peak_over_threshold,passed
        head,x,0,1.7,10,10,1,1.8,1
        head,z,0,1.7,10,9,0.9,0.92,0
        ankle-right,x,0.2,0.1,10,8,0.8,0.71,0
        ankle-right,y,0.2,0.1,10,10,1,1.05,1

        """

    /// Two samples of a two-zone, one-channel pass.
    static let trace = """
        time_s,position_m,zone,channel,signal_v,noisy_v,threshold_v
        0,-0.9,1,1,1e-8,3e-8,1e-5
        0,-0.9,2,1,2e-9,-4e-8,1e-5
        0.01,-0.889,1,1,2.5e-6,2.47e-6,1e-5
        0.01,-0.889,2,1,1e-6,1.06e-6,1e-5
        0.02,-0.878,1,1,1.2e-5,1.21e-5,1e-5
        0.02,-0.878,2,1,3e-6,2.9e-6,1e-5

        """
}
