# Paired comparison of configurations against a baseline: the difference in
# detection rate (nuisance-alarm rate for the innocent) per object at a body location,
# one bar per configuration, with 95% whiskers; * marks McNemar p < 0.05.
# Input: comparison.csv (baseline, configuration, object, location, innocent, trials,
# rate_baseline, rate_configuration, difference, difference_low, difference_high,
# baseline_only, configuration_only, mcnemar_p).
# Usage: gnuplot -e "datafile='comparison.csv'; outfile='comparison.png'" plots/difference.gp
#        (outfile ending in .svg writes SVG)
if (!exists("datafile")) datafile = 'comparison.csv'
if (!exists("outfile")) outfile = 'comparison.png'
here = ''; do for [i = 1:strlen(ARG0)] { if (ARG0[i:i] eq '/') { here = ARG0[1:i] } }
load here . 'common.gp'

# Groups and configurations by first appearance (innocent groups last). want = -1 lists
# the groups, 0 the configurations; want = i prints configuration i's bars: group
# (0-based), difference, low, high, McNemar p.
bars_awk = 'BEGIN { FS = "," } NR == 1 { next } ' . \
    '{ g = ($5 == 1) ? $3 ": nuisance alarms" : $3 " @ " $4; row[NR] = $0; key[NR] = g; ' . \
    '  if ($5 == 1) { if (!(g in gi)) { gi[g] = 1; inn[++ni] = g } } else if (!(g in gi)) { gi[g] = 1; thr[++nt] = g } ' . \
    '  c = $2 " vs " $1; if (!(c in ci)) { ci[c] = ++nc; if (want == 0) printf "\"%s\" ", c } cfg[NR] = ci[c] } ' . \
    'END { for (j = 1; j <= nt; j++) { idx[thr[j]] = j - 1; if (want == -1) printf "\"%s\" ", thr[j] } ' . \
    '      for (j = 1; j <= ni; j++) { idx[inn[j]] = nt + j - 1; if (want == -1) printf "\"%s\" ", inn[j] } ' . \
    '      for (r = 2; r <= NR; r++) if ((r in row) && cfg[r] == want) { split(row[r], f, ","); ' . \
    '        print idx[key[r]] "," f[9] "," f[10] "," f[11] "," f[14] } }'
bars(want) = reader . " | awk -v want=" . sprintf("%d", want) . " '" . bars_awk . "'"
groups = system(bars(-1))
configurations = system(bars(0))
ng = words(groups)
nc = words(configurations)
width = 0.8 / nc
threats = words(distinct('$5 != 1', '$3 " @ " $4'))
stats data skip 1 using 10 name "LOW" nooutput
stats data skip 1 using 11 name "HIGH" nooutput

eval terminal(ng * nc > 30 ? 1400 : 1100, 600)
set output outfile
set title "Change against the baseline, pass by pass (95% intervals; * McNemar p < 0.05)"
set ylabel "difference in detection rate (nuisance-alarm rate for the innocent)"
set yrange [(LOW_min < 0 ? LOW_min * 1.15 : 0) - 0.05:(HIGH_max > 0 ? HIGH_max * 1.15 : 0) + 0.05]
set xrange [-0.6:ng - 0.4]
set grid ytics
set xzeroaxis lt -1 lw 1
set key outside right top noenhanced title "configuration"
set style fill solid 0.8 border -1
set errorbars lc rgb "black" lw 1
set xtics () noenhanced rotate by 30 right
# Room on the left for the first group's slanted name.
set lmargin 22
do for [j = 1:ng] { set xtics add (word(groups, j) j - 1) }
if (threats < ng) { set arrow 1 from threats - 0.5, graph 0 to threats - 0.5, graph 1 nohead dt 2 lc rgb "gray40" }
x(i) = $1 - 0.4 + (i - 0.5) * width
plot for [i = 1:nc] '< ' . bars(i) using (x(i)):2:3:4:(width) with boxerrorbars lt i title word(configurations, i), \
     for [i = 1:nc] '< ' . bars(i) using (x(i)):($2 >= 0 ? $4 : $3):($5 < 0.05 ? "*" : "") \
         with labels offset char 0, char 0.6 font ",12" notitle
