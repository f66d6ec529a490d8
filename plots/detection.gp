# Probability of detection by object and body location, with 95% intervals.
# Input: results.csv of `portalsim run` (configuration, object, location, trials,
# detected, pd, pd_low, pd_high, ...). One group of bars per body location, one bar
# per object; the whiskers are the Clopper-Pearson 95% intervals. With several
# configurations in one file, a bar is an object in one configuration.
# A screening run's results.csv (alarmed, alarm_rate, alarm_low, alarm_high in those
# places) is its portal stages' alarm rate, own metal included, not the pipeline's
# detection (that is screening.csv): the title says so.
# Usage: gnuplot -e "datafile='results.csv'; outfile='results.png'" plots/detection.gp
#        (outfile ending in .svg writes SVG)
if (!exists("datafile")) datafile = 'results.csv'
if (!exists("outfile")) outfile = 'results.png'
here = ''; do for [i = 1:strlen(ARG0)] { if (ARG0[i:i] eq '/') { here = ARG0[1:i] } }
load here . 'common.gp'

configurations = distinct('1', '$1')
several = words(configurations) > 1
# A bar: the object, prefixed by its configuration when the file holds several.
bars = several ? distinct('1', '$1 ": " $2') : distinct('1', '$2')
bar(c, o) = several ? c . ': ' . o : o
locations = distinct('1', '$3')
nbar = words(bars)
nloc = words(locations)
width = 0.8 / nbar

eval terminal(nloc * nbar > 30 ? 1400 : 1100, 560)
set output outfile
# The sixth column's name says what the rate is.
portal = header_name(6) eq "alarm_rate"
set title (portal ? "Portal stage alarm rate by body location, alarms on the carrier's own metal included (95% Clopper-Pearson intervals)" \
                  : "Probability of detection by body location (95% Clopper-Pearson intervals)") noenhanced
set xlabel "body location"
set ylabel (portal ? "portal alarm rate (not the pipeline's detection: see screening.csv)" : "probability of detection") noenhanced
set yrange [0:1.05]
set xrange [-0.6:nloc - 0.4]
set grid ytics
set key outside right top noenhanced
set style fill solid 0.8 border -1
set xtics () noenhanced rotate by 30 right
do for [j = 1:nloc] { set xtics add (word(locations, j) j - 1) }

x(i) = nth(locations, strcol(3)) - 1 - 0.4 + (i - 0.5) * width
set errorbars lc rgb "black" lw 1
plot for [i = 1:nbar] data skip 1 \
        using (bar(strcol(1), strcol(2)) eq word(bars, i) ? x(i) : 1/0):6:7:8:(width) \
        with boxerrorbars lt i title word(bars, i)
