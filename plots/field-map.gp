# Sensitivity map of a portal's cross-section, one panel per zone.
# Input: the CSV of `portalsim field --quantity sensitivity --plane y=…` (columns
# x_m, y_m, z_m, zone, sxx…syz, s_norm_per_m2). Shows log10 of the norm of the zone's
# sensitivity product sym(h_r h_T) in 1/m², with the panels' coil planes drawn.
# Usage: gnuplot -e "datafile='in.csv'; outfile='out.png'" plots/field-map.gp
if (!exists("datafile")) datafile = 'sensitivity-y0.csv'
if (!exists("outfile")) outfile = 'sensitivity-y0.png'
set datafile separator comma
stats datafile using 4 name "Z" nooutput
zones = int(Z_max)
stats datafile using 1 name "X" nooutput
stats datafile using 3 name "H" nooutput

set terminal pngcairo size (zones <= 3 ? 420 * zones : 420 * ((zones + 1) / 2)), (zones <= 3 ? 620 : 1240) font ",10"
set output outfile
cols = zones <= 3 ? zones : (zones + 1) / 2
rows = zones <= 3 ? 1 : 2
set multiplot layout rows, cols title "Zone sensitivity |sym(h_r h_T)| on the cross-section (log_{10} 1/m^2)"
set size ratio -1
set xrange [X_min:X_max]
set yrange [H_min:H_max]
set xlabel "x across the aperture (m)"
set xtics 0.2
set ylabel "height z (m)"
set cbrange [-1:4]
set palette rgbformulae 33,13,10
set arrow 1 from -0.43, H_min to -0.43, H_max nohead dt 2 lc rgb "white" front
set arrow 2 from 0.43, H_min to 0.43, H_max nohead dt 2 lc rgb "white" front
do for [k = 1:zones] {
    set title sprintf("zone %d", k)
    # Rows cycle through the zones point by point: every zones-th row from row k-1
    # is zone k's regular grid, which is what 'with image' needs.
    plot datafile skip 1 every zones::(k - 1) using 1:3:($11 > 0 ? log10($11) : -1) with image notitle
}
unset multiplot
