# Signal of one pass, sample by sample: each zone's (and channel's) filtered output
# without noise (thick) and with the detector's noise (thin, what the threshold sees),
# and the alarm threshold ±T (dashed). The pass alarms where a thin line leaves the band.
# Input: trace.csv of `portalsim trace` (time_s, position_m, zone, channel, signal_v,
# noisy_v, threshold_v; rows by sample, then channel, then zone).
# Usage: gnuplot -e "datafile='trace.csv'; outfile='trace.png'" plots/trace.gp
#        (outfile ending in .svg writes SVG)
if (!exists("datafile")) datafile = 'trace.csv'
if (!exists("outfile")) outfile = 'trace.png'
here = ''; do for [i = 1:strlen(ARG0)] { if (ARG0[i:i] eq '/') { here = ARG0[1:i] } }
load here . 'common.gp'

stats data skip 1 using 3 name "ZONE" nooutput
stats data skip 1 using 4 name "CHANNEL" nooutput
stats data skip 1 using 1 name "T" nooutput
stats data skip 1 using 2 name "P" nooutput
stats data skip 1 using (abs($6) / $7) name "RATIO" nooutput
zones = int(ZONE_max)
channels = int(CHANNEL_max)
lanes = zones * channels
# Lane l (0-based) is channel l / zones + 1, zone l % zones + 1: the colour tells the
# zone, the dash pattern the channel (the threshold's short dashes are not used).
lanename(l) = channels > 1 ? sprintf("zone %d, channel %d", l % zones + 1, l / zones + 1) : sprintf("zone %d", l % zones + 1)
lanecolour(l) = l % zones + 1
lanedash(l) = l / zones == 0 ? 1 : l / zones + 3

eval terminal(1100, 600)
set output outfile
set title sprintf("Signal of one pass: thick without noise, thin with noise; peak |signal + noise| / threshold %.3g (%s)", \
    RATIO_max, RATIO_max > 1 ? "alarm" : "no alarm")
set xlabel "time since the pass began (s)"
set ylabel "channel output (µV)"
set xrange [T_min:T_max]
# The walker's position on the top axis: it moves at constant speed.
set x2range [P_min:P_max]
set x2tics
set xtics nomirror
set x2label "walker's position along the walk (m; 0 is the portal's mid-plane)"
set grid
# Room above and below, so that the threshold lines do not sit on the frame.
set offsets graph 0, 0, 0.05, 0.05
set key outside right top noenhanced
plot for [l = 0:lanes - 1] data skip 1 every lanes::l using 1:($6 * 1e6) with lines lt lanecolour(l) dt lanedash(l) lw 0.6 notitle, \
     for [l = 0:lanes - 1] data skip 1 every lanes::l using 1:($5 * 1e6) with lines lt lanecolour(l) dt lanedash(l) lw 2.5 title lanename(l), \
     data skip 1 every lanes::0 using 1:($7 * 1e6) with lines dt 2 lw 1.5 lc rgb "black" title "±threshold", \
     data skip 1 every lanes::0 using 1:(-$7 * 1e6) with lines dt 2 lw 1.5 lc rgb "black" notitle
