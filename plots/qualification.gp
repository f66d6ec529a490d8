# Qualification against a test protocol: for every protocol point and orientation of
# the test object, the smallest peak signal / threshold over its passes. At or below 1
# (the dashed line) some pass did not alarm: the point fails (red bars).
# Input: qualification.csv (point, orientation, lateral_m, height_m, passes, alarms, pd,
# min_peak_over_threshold, passed); passed is 1 or 0 (true or false also read).
# Usage: gnuplot -e "datafile='qualification.csv'; outfile='qualification.png'" plots/qualification.gp
#        (outfile ending in .svg writes SVG)
if (!exists("datafile")) datafile = 'qualification.csv'
if (!exists("outfile")) outfile = 'qualification.png'
here = ''; do for [i = 1:strlen(ARG0)] { if (ARG0[i:i] eq '/') { here = ARG0[1:i] } }
load here . 'common.gp'

# One bar per row, a gap between protocol points. want = 0 prints the bars: x, ratio,
# passed, orientation; want = 1 the points' names with their positions, quoted; want = 2
# the middle x of each point's bars.
bars_awk = 'BEGIN { FS = "," } NR == 1 { next } ' . \
    '{ if ($1 != last) { p++; last = $1; name[p] = $1 " (" $3 " m, " $4 " m)"; first[p] = NR } ' . \
    '  x = (NR - 2) + 0.6 * (p - 1); lastx[p] = x; if (NR == first[p]) firstx[p] = x; ' . \
    '  ok = ($9 == 1 || $9 == "true") ? 1 : 0; ' . \
    '  if (want == 0) print x "," $8 "," ok "," $2 } ' . \
    'END { for (j = 1; j <= p; j++) { if (want == 1) printf "\"%s\" ", name[j]; if (want == 2) printf "%g ", (firstx[j] + lastx[j]) / 2 } }'
bars(want) = reader . " | awk -v want=" . sprintf("%d", want) . " '" . bars_awk . "'"
rows = '< ' . bars(0)
stats rows using 1 name "X" nooutput
stats rows using 2 name "R" nooutput
points = system(bars(1))
middles = system(bars(2))

eval terminal(X_max > 24 ? 1400 : 1100, 600)
set output outfile
set title "Qualification: smallest peak |signal| / threshold over each point's passes (at or below 1 some pass did not alarm)"
set ylabel "smallest peak / threshold"
set xlabel "orientation of the test object, by protocol point (lateral offset, height)" offset 0, -1.5
set bmargin 6
# Each point's name under its group of bars.
do for [j = 1:words(points)] { set label j + 10 word(points, j) at first real(word(middles, j)), graph -0.09 center noenhanced }
set yrange [0:(R_max > 1 ? R_max : 1) * 1.15]
set xrange [X_min - 0.8:X_max + 0.8]
set grid ytics
set key outside right top
set style fill solid 0.8 border -1
set xtics noenhanced
set arrow 1 from graph 0, first 1 to graph 1, first 1 nohead dt 2 lw 2 lc rgb "black" front
plot rows using 1:($3 == 1 ? $2 : 1/0):(0.8):xtic(strcol(4)) with boxes lc rgb "#2ca02c" title "passed", \
     rows using 1:($3 == 1 ? 1/0 : $2):(0.8) with boxes lc rgb "#d62728" title "failed", \
     rows using 1:2:(sprintf("%.2f", $2)) with labels offset char 0, char 0.7 font ",8" notitle, \
     keyentry with lines dt 2 lw 2 lc rgb "black" title "threshold (peak = T)"
