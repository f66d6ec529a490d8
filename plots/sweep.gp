# Detection rate against a swept parameter, one line with 95% whiskers per object at
# a body location; the innocent population's nuisance-alarm rate dashed.
# Input: sweep.csv (point, one column per swept parameter, object, location, innocent,
# trials, detections, rate, rate_low, rate_high). The x axis is the first parameter
# column; with several parameters, each combination of the others is its own line. A
# parameter that is not a number (portal_class) is shown as categories.
# Usage: gnuplot -e "datafile='sweep.csv'; outfile='sweep.png'" plots/sweep.gp
#        (outfile ending in .svg writes SVG)
if (!exists("datafile")) datafile = 'sweep.csv'
if (!exists("outfile")) outfile = 'sweep.png'
here = ''; do for [i = 1:strlen(ARG0)] { if (ARG0[i:i] eq '/') { here = ARG0[1:i] } }
load here . 'common.gp'

parameter = header_name(2)
numeric = int(system(reader . " | awk -F, 'NR > 1 && $2 !~ /^[-+]?[0-9]*[.]?[0-9]+([eE][-+]?[0-9]+)?$/ { bad = 1 } END { print bad ? 0 : 1 }'"))
# The other parameters that vary: each combination of them is a line of its own.
objcol = column_of('object')
varying = ''
do for [c = 3:objcol - 1] { if (words(distinct('1', sprintf('$%d', c))) > 1) { varying = varying . sprintf(' %d', c) } }
# Series by first appearance. want = 0 lists the series, -1 the parameter's values;
# want = i prints series i's rows: x, rate, low, high.
series_awk = 'BEGIN { FS = "," } ' . \
    'NR == 1 { for (i = 1; i <= NF; i++) { h[i] = $i; if ($i == "object") oc = i }; nv = split(vary, v, " "); next } ' . \
    '{ k = ($(oc + 2) == 1) ? $oc " (nuisance alarms)" : $oc " @ " $(oc + 1); ' . \
    '  for (j = 1; j <= nv; j++) k = k ", " h[v[j]] "=" $(v[j]); ' . \
    '  if (!(k in s)) { s[k] = ++n; if (want == 0) printf "\"%s\" ", k } ' . \
    '  if (!($2 in c)) { c[$2] = ++m; if (want == -1) printf "\"%s\" ", $2 } ' . \
    '  if (want == s[k]) print (num ? $2 : c[$2] - 1) "," $(oc + 5) "," $(oc + 6) "," $(oc + 7) }'
sweep(want) = reader . sprintf(" | awk -v want=%d -v num=%d -v vary='%s' '", want, numeric, varying) . series_awk . "'"
series = system(sweep(0))
values = system(sweep(-1))
n = words(series)

eval terminal(1100, 600)
set output outfile
set title sprintf("Detection rate against %s (95%% Clopper-Pearson intervals; dashed: nuisance alarms)", axislabel(parameter)) noenhanced
set xlabel axislabel(parameter) noenhanced
set ylabel "detection rate (nuisance-alarm rate for the innocent)"
set yrange [0:1.05]
set grid
set key below noenhanced
if (!numeric) {
    set xrange [-0.5:words(values) - 0.5]
    set xtics () noenhanced
    do for [j = 1:words(values)] { set xtics add (word(values, j) j - 1) }
} else {
    set offsets graph 0.03, 0.03, 0, 0
}
nuisance(i) = strstrt(word(series, i), '(nuisance alarms)') > 0
dash(i) = nuisance(i) ? 2 : 1
plot for [i = 1:n] '< ' . sweep(i) using 1:2:3:4 with yerrorlines lt i dt dash(i) pt 7 ps 0.8 title word(series, i)
