# Comparison of screening configurations: one group of bars per object at a body
# location, one bar per configuration, with 95% whiskers; the last group is each
# configuration's nuisance-alarm rate for the innocent population.
# Input: screening.csv (configuration, object, location, innocent, trials, found, pd,
# pd_low, pd_high, alarmed, alarm_rate, alarm_low, alarm_high, ...). A threat's bar is
# pd (found by the whole pipeline); the innocent row's bar is alarm_rate.
# Usage: gnuplot -e "datafile='screening.csv'; outfile='screening.png'" plots/comparison.gp
#        (outfile ending in .svg writes SVG)
if (!exists("datafile")) datafile = 'screening.csv'
if (!exists("outfile")) outfile = 'screening.png'
here = ''; do for [i = 1:strlen(ARG0)] { if (ARG0[i:i] eq '/') { here = ARG0[1:i] } }
load here . 'common.gp'

# Groups and configurations by first appearance (innocent groups last). want = -1 lists
# the groups, 0 the configurations; want = i prints configuration i's bars: group
# (0-based), value, low, high.
bars_awk = 'BEGIN { FS = "," } NR == 1 { next } ' . \
    '{ g = ($4 == 1) ? $2 ": nuisance alarms" : $2 " @ " $3; row[NR] = $0; key[NR] = g; ' . \
    '  if ($4 == 1) { if (!(g in gi)) { gi[g] = 1; inn[++ni] = g } } else if (!(g in gi)) { gi[g] = 1; thr[++nt] = g } ' . \
    '  if (!($1 in ci)) { ci[$1] = ++nc; if (want == 0) printf "\"%s\" ", $1 } } ' . \
    'END { for (j = 1; j <= nt; j++) { idx[thr[j]] = j - 1; if (want == -1) printf "\"%s\" ", thr[j] } ' . \
    '      for (j = 1; j <= ni; j++) { idx[inn[j]] = nt + j - 1; if (want == -1) printf "\"%s\" ", inn[j] } ' . \
    '      for (r = 2; r <= NR; r++) if (r in row) { split(row[r], f, ","); if (ci[f[1]] != want) continue; ' . \
    '        if (f[4] == 1) print idx[key[r]] "," f[11] "," f[12] "," f[13]; else print idx[key[r]] "," f[7] "," f[8] "," f[9] } }'
bars(want) = reader . " | awk -v want=" . sprintf("%d", want) . " '" . bars_awk . "'"
groups = system(bars(-1))
configurations = system(bars(0))
ng = words(groups)
nc = words(configurations)
width = 0.8 / nc
threats = words(distinct('$4 != 1', '$2 " @ " $3'))

eval terminal(ng * nc > 30 ? 1400 : 1100, 600)
set output outfile
set title "Screening configurations compared: detection by the whole pipeline (95% Clopper-Pearson intervals)"
set ylabel "probability of detection (nuisance-alarm rate for the innocent)"
set yrange [0:1.05]
set xrange [-0.6:ng - 0.4]
set grid ytics
set key outside right top noenhanced title "configuration"
set style fill solid 0.8 border -1
set xtics () noenhanced rotate by 30 right
# Room on the left for the first group's slanted name.
set lmargin 22
do for [j = 1:ng] { set xtics add (word(groups, j) j - 1) }
# The innocent groups apart from the threats.
if (threats < ng) { set arrow 1 from threats - 0.5, graph 0 to threats - 0.5, graph 1 nohead dt 2 lc rgb "gray40" }
set errorbars lc rgb "black" lw 1
plot for [i = 1:nc] '< ' . bars(i) using ($1 - 0.4 + (i - 0.5) * width):2:3:4:(width) with boxerrorbars lt i title word(configurations, i)
