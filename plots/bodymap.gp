# Body map: where on the body each device is found and where it is not. One row of
# panels per configuration, two per device (front and side); each body location a
# dot at its place, coloured by its probability of detection (red 0 %, amber 50 %,
# green 100 %) and labelled with it.
# Input: bodymap.csv (configuration, object, location, x_m, y_m, z_m, trials, pd,
# pd_low, pd_high). x is to the walker's right, y forward, z up, m; a place on either
# side is drawn on the walker's right.
# Usage: gnuplot -e "datafile='bodymap.csv'; outfile='bodymap.png'" plots/bodymap.gp
#        (outfile ending in .svg writes SVG)
if (!exists("datafile")) datafile = 'bodymap.csv'
if (!exists("outfile")) outfile = 'bodymap.png'
here = ''; do for [i = 1:strlen(ARG0)] { if (ARG0[i:i] eq '/') { here = ARG0[1:i] } }
load here . 'common.gp'

# The outline of an adult (BodySilhouette.swift holds the same points; a test keeps
# them equal): front (x, z), seen from in front, and side (y, z), facing right.
$front << EOD
0,1.76
0.05,1.74
0.085,1.68
0.09,1.6
0.07,1.53
0.05,1.49
0.05,1.45
0.19,1.4
0.22,1.36
0.24,1.1
0.25,0.85
0.24,0.75
0.2,0.75
0.19,0.95
0.17,1.15
0.165,1.22
0.15,1.05
0.17,0.9
0.16,0.5
0.13,0.08
0.15,0
0.04,0
0.04,0.4
0.02,0.8
0,0.8
-0.02,0.8
-0.04,0.4
-0.04,0
-0.15,0
-0.13,0.08
-0.16,0.5
-0.17,0.9
-0.15,1.05
-0.165,1.22
-0.17,1.15
-0.19,0.95
-0.2,0.75
-0.24,0.75
-0.25,0.85
-0.24,1.1
-0.22,1.36
-0.19,1.4
-0.05,1.45
-0.05,1.49
-0.07,1.53
-0.09,1.6
-0.085,1.68
-0.05,1.74
0,1.76
EOD
$side << EOD
0,1.76
0.07,1.72
0.1,1.63
0.09,1.54
0.05,1.49
0.05,1.44
0.14,1.32
0.14,1.2
0.14,1
0.1,0.82
0.08,0.55
0.06,0.5
0.05,0.12
0.2,0.02
0.2,0
-0.06,0
-0.06,0.05
-0.07,0.3
-0.06,0.5
-0.1,0.75
-0.14,0.88
-0.13,1
-0.12,1.3
-0.1,1.42
-0.05,1.46
-0.09,1.56
-0.09,1.67
-0.05,1.75
0,1.76
EOD

configurations = distinct('1', '$1')
devices = distinct('1', '$2')
nc = words(configurations)
nd = words(devices)
eval terminal(nd * 560 > 700 ? nd * 560 : 700, nc * 420 + 60)
set output outfile
set multiplot layout nc, 2 * nd title "Body map: probability of detection by where the device is carried (dots: body locations)" noenhanced
set size ratio -1
unset xtics; unset ytics; unset border; unset key
set palette defined (0 "#c0392b", 0.5 "#f39c12", 1 "#27ae60")
set cbrange [0:1]
unset colorbox
set style fill solid 0.15 noborder
is(i, j) = strcol(1) eq word(configurations, i) && strcol(2) eq word(devices, j)
do for [i = 1:nc] {
    do for [j = 1:nd] {
        # The front seen from in front: the walker's right on the viewer's left.
        set title word(configurations, i) . ": " . word(devices, j) . " (front)" noenhanced
        set xrange [0.75:-0.35]
        set yrange [-0.05:1.8]
        plot $front using 1:2 with filledcurves closed lc rgb "gray50", \
             $front using 1:2 with lines lc rgb "gray40", \
             data using (is(i, j) ? $4 : NaN):6:8 with points pt 7 ps 2.2 lc palette, \
             data using (is(i, j) ? $4 : NaN):6:(sprintf("%s %.0f%%", strcol(3), 100 * $8)) \
                 with labels right offset -1.2, 0 font ",9" noenhanced
        set title word(devices, j) . " (side)" noenhanced
        set xrange [-0.4:0.45]
        plot $side using 1:2 with filledcurves closed lc rgb "gray50", \
             $side using 1:2 with lines lc rgb "gray40", \
             data using (is(i, j) ? $5 : NaN):6:8 with points pt 7 ps 2.2 lc palette, \
             data using (is(i, j) ? $5 : NaN):6:(sprintf("%.0f%%", 100 * $8)) \
                 with labels left offset 1.2, 0 font ",9" noenhanced
    }
}
unset multiplot
