# Map of a portal's field on a plane, one panel per zone, with the coils drawn.
# Input: the CSV of `portalsim field --plane AXIS=VALUE` (columns x_m, y_m, z_m, zone,
# then sxx…syz, s_norm_per_m2 for the sensitivity product, or hx…hz, h_per_m for a
# transmit or receive field). Shows log10 of the norm: of the zone's sensitivity
# product sym(h_r h_T) in 1/m², or of the field per ampere in A/m per A. The plane is
# the coordinate that does not vary (y=0: x across, z up).
# Coils: `portalsim field --output MAP.csv` writes MAP-coils.csv next to it (coil,
# zone, vertex, x_m, y_m, z_m; closed polylines); when that file exists (else coils.csv
# in the same folder), each panel draws the coils' projection on the plane: the
# transmitter dashed, the panel's own zone bold, the other zones thin. Give another
# file with coilfile='…'.
# Usage: gnuplot -e "datafile='in.csv'; outfile='out.png'" plots/field-map.gp
#        (outfile ending in .svg writes SVG)
if (!exists("datafile")) datafile = 'sensitivity-y0.csv'
if (!exists("outfile")) outfile = 'sensitivity-y0.png'
here = ''; do for [i = 1:strlen(ARG0)] { if (ARG0[i:i] eq '/') { here = ARG0[1:i] } }
load here . 'common.gp'

# The quantity: the last column, a norm.
normcol = column_of('s_norm_per_m2')
sensitivity = normcol > 0
if (!sensitivity) { normcol = column_of('h_per_m') }
if (normcol == 0) { print sprintf("field-map.gp: %s has neither s_norm_per_m2 nor h_per_m", datafile); exit status 1 }

# The plane: the coordinate that is constant; the map's axes are the two others.
stats data skip 1 using 1 name "X" nooutput
stats data skip 1 using 2 name "Y" nooutput
stats data skip 1 using 3 name "Z" nooutput
if (X_min == X_max) { u = 2; v = 3; uname = "y along the walk (m)"; vname = "height z (m)"; plane = sprintf("x = %g m", X_min) } \
else { if (Y_min == Y_max) { u = 1; v = 3; uname = "x across the aperture (m)"; vname = "height z (m)"; plane = sprintf("y = %g m", Y_min) } \
else { if (Z_min == Z_max) { u = 1; v = 2; uname = "x across the aperture (m)"; vname = "y along the walk (m)"; plane = sprintf("z = %g m", Z_min) } \
else { print sprintf("field-map.gp: %s is not on a plane (x, y and z all vary)", datafile); exit status 1 } } }
stats data skip 1 using u name "U" nooutput
stats data skip 1 using v name "V" nooutput

# The zones present, in file order (a transmit map has the one "zone" 0).
zones = distinct('1', '$4')
nz = words(zones)
zonename(k) = word(zones, k) eq '0' ? 'transmitter' : 'zone ' . word(zones, k)

# Whether file f exists, asked of the shell with the path in single quotes (' becomes '\'').
fileexists(e) = int(system("test -f '" . e . "' && echo 1 || echo 0"))
if (!exists("coilfile")) {
    stem = datafile[strlen(datafile) - 3:] eq '.csv' ? datafile[1:strlen(datafile) - 4] : datafile
    d = ''; do for [i = 1:strlen(datafile)] { if (datafile[i:i] eq '/') { d = datafile[1:i] } }
    f = stem . '-coils.csv'
    e = ''; do for [i = 1:strlen(f)] { c = f[i:i]; e = e . (c eq "'" ? "'\\''" : c) }
    coilfile = fileexists(e) ? f : d . 'coils.csv'
}
e = ''; do for [i = 1:strlen(coilfile)] { c = coilfile[i:i]; e = e . (c eq "'" ? "'\\''" : c) }
havecoils = fileexists(e)
if (havecoils) { stats coilfile skip 1 using 1 name "C" nooutput; ncoils = int(C_max) }

cols = nz <= 3 ? nz : (nz + 1) / 2
rows = nz <= 3 ? 1 : 2
aspect = (V_max - V_min) / (U_max - U_min)
# A panel: the map (size ratio -1) beside its colour box, with room for labels.
panelw = 420
maph = (panelw - 140) * aspect
panelh = int(maph < 200 ? 320 : (maph > 900 ? 1020 : maph + 120))
# At least 720 wide, so that the heading fits over a single panel.
eval terminal(panelw * cols < 720 ? 720 : panelw * cols, panelh * rows + 50)
set output outfile
heading = sensitivity \
    ? sprintf("Zone sensitivity |sym(h_r h_T)| on the plane %s (log_{10} of 1/m^2)", plane) \
    : sprintf("Field per ampere |h| on the plane %s (log_{10} of A/m per A)", plane)
if (havecoils) { heading = heading . "\ncoils projected on the plane: transmitter dashed, the zone's own bold, other zones grey" }
set multiplot layout rows, cols title heading
set size ratio -1
set xrange [U_min:U_max]
set yrange [V_min:V_max]
set xlabel uname
set ylabel vname
set xtics 0.2
set cbtics 1
set palette rgbformulae 33,13,10
if (sensitivity) { set cbrange [-1:4] } else { stats data skip 1 using (column(normcol) > 0 ? log10(column(normcol)) : 1/0) name "L" nooutput; set cbrange [floor(L_max) - 4:ceil(L_max)] }
unset key
if (!havecoils) {
    # No coil file: mark the built-in classes' coil planes across the aperture.
    if (u == 1) { set arrow 1 from -0.43, V_min to -0.43, V_max nohead dt 2 lc rgb "white" front; set arrow 2 from 0.43, V_min to 0.43, V_max nohead dt 2 lc rgb "white" front }
}
do for [k = 1:nz] {
    set title zonename(k)
    zone = int(word(zones, k))
    # Rows cycle through the zones point by point: every nz-th row from row k-1 is
    # this zone's regular grid, which is what 'with image' needs.
    if (havecoils) {
        plot data skip 1 every nz::(k - 1) using u:v:(column(normcol) > 0 ? log10(column(normcol)) : -99) with image notitle, \
             for [c = 1:ncoils] coilfile skip 1 using (int($1) == c && int($2) == 0 ? column(3 + u) : 1/0):(column(3 + v)) \
                 with lines lw 1.5 dt 2 lc rgb "white" notitle, \
             for [c = 1:ncoils] coilfile skip 1 using (int($1) == c && int($2) != 0 && int($2) != zone ? column(3 + u) : 1/0):(column(3 + v)) \
                 with lines lw 0.8 lc rgb "#c0c0c0" notitle, \
             for [c = 1:ncoils] coilfile skip 1 using (int($1) == c && int($2) == zone && zone != 0 ? column(3 + u) : 1/0):(column(3 + v)) \
                 with lines lw 3 lc rgb "white" notitle
    } else {
        plot data skip 1 every nz::(k - 1) using u:v:(column(normcol) > 0 ? log10(column(normcol)) : -99) with image notitle
    }
}
unset multiplot
