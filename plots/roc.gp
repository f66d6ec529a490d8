# ROC curves: probability of detection against the nuisance-alarm rate as the
# sensitivity setting moves, one curve per object, each point labelled with its
# setting and carrying both 95% intervals.
# Input: roc.csv (curve, sensitivity, object, location, pd, pd_low, pd_high, nuisance,
# nuisance_low, nuisance_high). Uses the rows of location "all" (a device's locations
# pooled) when there are any, else every object@location; `curve` names the values of
# the other swept parameters ("all" when only the sensitivity varies) and splits curves.
# Usage: gnuplot -e "datafile='roc.csv'; outfile='roc.png'" plots/roc.gp
#        (outfile ending in .svg writes SVG)
if (!exists("datafile")) datafile = 'roc.csv'
if (!exists("outfile")) outfile = 'roc.png'
here = ''; do for [i = 1:strlen(ARG0)] { if (ARG0[i:i] eq '/') { here = ARG0[1:i] } }
load here . 'common.gp'

pooled = words(distinct('$4 == "all"', '$4')) > 0
# Series by first appearance. want = 0 lists them; want = i prints series i's points
# ordered by sensitivity: nuisance, pd, nuisance low and high, pd low and high, setting.
roc_awk = 'BEGIN { FS = "," } NR == 1 { next } ' . \
    'pooled && $4 != "all" { next } ' . \
    '{ k = pooled ? $3 : $3 " @ " $4; if ($1 != "all") k = k " (" $1 ")"; ' . \
    '  if (!(k in s)) { s[k] = ++n; if (want == 0) printf "\"%s\" ", k } ' . \
    '  if (want == s[k]) print $8 "," $5 "," $9 "," $10 "," $6 "," $7 "," $2 }'
roc(want) = reader . sprintf(" | awk -v want=%d -v pooled=%d '", want, pooled) . roc_awk . "'" \
    . (want > 0 ? " | sort -t, -k7,7n" : "")
curves = system(roc(0))
n = words(curves)

eval terminal(1000, 700)
set output outfile
set title "Detection against nuisance alarms as the sensitivity changes (labels: setting; 95% intervals)"
set xlabel "nuisance-alarm rate (share of innocent visitors who alarm)"
set ylabel "probability of detection"
set xrange [0:*]
set yrange [0:1.05]
set offsets graph 0, 0.03, 0, 0
set grid
set key below noenhanced
plot for [i = 1:n] '< ' . roc(i) using 1:2:3:4:5:6 with xyerrorbars lt i pt 7 ps 0.8 notitle, \
     for [i = 1:n] '< ' . roc(i) using 1:2 with lines lt i lw 2 title word(curves, i), \
     for [i = 1:n] '< ' . roc(i) using 1:2:7 with labels offset char 1.2, char -0.7 font ",8" tc lt i notitle
