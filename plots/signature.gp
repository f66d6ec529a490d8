# Magnetic polarizability spectrum of an object: real and imaginary parts of the
# eigenvalues against frequency (e^{-iωt} convention: Im ≥ 0 for conductors).
# Input: the CSV of `portalsim signature` (frequency_hz … re_eig1_m3 … im_eig3_m3).
# Usage: gnuplot -e "datafile='in.csv'; outfile='out.png'" plots/signature.gp
#        (outfile ending in .svg writes SVG)
if (!exists("datafile")) datafile = 'signature.csv'
if (!exists("outfile")) outfile = 'signature.png'
here = ''; do for [i = 1:strlen(ARG0)] { if (ARG0[i:i] eq '/') { here = ARG0[1:i] } }
load here . 'common.gp'

eval terminal(900, 560)
set output outfile
set logscale x
set format x "10^{%L}"
set xlabel "frequency (Hz)"
set ylabel "tensor eigenvalue (cm^3)"
set grid
set key outside right
set title "Magnetic polarizability tensor M(ω)"
# Columns 15-17: eigenvalues of Re M; 18-20: of Im M (m³, shown in cm³).
plot data skip 1 using 1:($15*1e6) with lines lw 2 lc rgb "#1f77b4" title "Re λ_1", \
     data skip 1 using 1:($17*1e6) with lines lw 2 dt 2 lc rgb "#1f77b4" title "Re λ_3", \
     data skip 1 using 1:($18*1e6) with lines lw 2 lc rgb "#d62728" title "Im λ_1", \
     data skip 1 using 1:($20*1e6) with lines lw 2 dt 2 lc rgb "#d62728" title "Im λ_3"
