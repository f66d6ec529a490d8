# Probability of detection by object and body location, with 95% intervals.
# Input: results.csv of `portalsim run` (configuration, object, location, trials,
# detected, pd, pd_low, pd_high, ...). One group of bars per body location, one bar
# per object; the whiskers are the Clopper-Pearson 95% intervals.
# Usage: gnuplot -e "datafile='results.csv'; outfile='detection.png'" plots/detection.gp
if (!exists("datafile")) datafile = 'results.csv'
if (!exists("outfile")) outfile = 'detection.png'
set datafile separator comma
set terminal pngcairo size 1100,560 font ",10"
set output outfile

# The objects and locations, in file order.
objects = system(sprintf("awk -F, 'NR>1 && !seen[$2]++ {printf \"%%s \", $2}' '%s'", datafile))
locations = system(sprintf("awk -F, 'NR>1 && !seen[$3]++ {printf \"%%s \", $3}' '%s'", datafile))
nobj = words(objects)
nloc = words(locations)
width = 0.8 / nobj

set title "Probability of detection by body location (95% Clopper-Pearson intervals)"
set ylabel "probability of detection"
set yrange [0:1.05]
set xrange [-0.6:nloc - 0.4]
set grid ytics
set key outside right top
set style fill solid 0.8 border -1
set xtics ()
do for [j = 1:nloc] { set xtics add (word(locations, j) j - 1) }
set xtics rotate by -30

locindex(l) = sum [j = 1:nloc] (word(locations, j) eq l ? j - 1 : 0)
plot for [i = 1:nobj] datafile skip 1 \
        using (strcol(2) eq word(objects, i) ? locindex(strcol(3)) - 0.4 + (i - 0.5) * width : 1/0):6:(width) \
        with boxes title word(objects, i), \
     for [i = 1:nobj] datafile skip 1 \
        using (strcol(2) eq word(objects, i) ? locindex(strcol(3)) - 0.4 + (i - 0.5) * width : 1/0):6:7:8 \
        with yerrorbars lc rgb "black" pt -1 notitle
