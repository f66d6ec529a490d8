# What each screening configuration costs: left, the nuisance-alarm rate of innocent
# visitors (95% whiskers) beside the share sent to a secondary search; right, the
# throughput in persons per hour, labelled with the stage that limits it.
# Input: configurations.csv (configuration, stages, trials, nuisance_rate,
# nuisance_low, nuisance_high, secondary_rate, persons_per_hour, bottleneck, ...).
# Usage: gnuplot -e "datafile='configurations.csv'; outfile='configurations.png'" plots/configurations.gp
#        (outfile ending in .svg writes SVG)
if (!exists("datafile")) datafile = 'configurations.csv'
if (!exists("outfile")) outfile = 'configurations.png'
here = ''; do for [i = 1:strlen(ARG0)] { if (ARG0[i:i] eq '/') { here = ARG0[1:i] } }
load here . 'common.gp'

stats data skip 1 using 3 name "N" nooutput
n = int(N_records)
# persons_per_hour is empty when no stage takes time: then there is no throughput to draw.
timed = int(system(reader . " | awk -F, 'NR > 1 && $8 != \"\" { k++ } END { print k + 0 }'"))
if (timed > 0) { stats data skip 1 using 8 name "PPH" nooutput } else { PPH_max = 1 }

eval terminal(n > 8 ? 1400 : 1100, 560)
set output outfile
set multiplot layout 1, 2 title "Screening configurations: nuisance alarms and throughput"
set xrange [-0.6:n - 0.4]
set grid ytics
set style fill solid 0.8 border -1
set errorbars lc rgb "black" lw 1
set xtics noenhanced rotate by 30 right
set key top left noenhanced

set title "Innocent visitors (95% Clopper-Pearson intervals)"
set ylabel "share of innocent visitors"
set yrange [0:*]
set offsets 0, 0, graph 0.1, 0
plot data skip 1 using ($0 - 0.2):4:5:6:(0.4):xtic(1) with boxerrorbars lt 1 title "nuisance alarm (any stage)", \
     data skip 1 using ($0 + 0.2):7:(0.4) with boxes lt 2 title "sent to secondary search"

set title "Throughput (label: the limiting stage)"
set ylabel "persons per hour"
set yrange [0:PPH_max * 1.15]
set offsets 0, 0, 0, 0
if (timed) {
    plot data skip 1 using 0:8:(0.6):xtic(1) with boxes lt 3 notitle, \
         data skip 1 using 0:8:9 with labels offset char 0, char 0.8 noenhanced notitle
} else {
    set label 1 "no stage takes time: no throughput limit" at graph 0.5, graph 0.5 center
    plot data skip 1 using 0:(0):(0.6):xtic(1) with boxes lt 3 notitle
}
unset multiplot
