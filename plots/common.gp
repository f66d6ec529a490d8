# What every PortalSim plot script shares; each script loads it first from its own
# folder (gnuplot sets ARG0 to the running script's path):
#   here = ''; do for [i = 1:strlen(ARG0)] { if (ARG0[i:i] eq '/') { here = ARG0[1:i] } }
#   load here . 'common.gp'
# Not a plot by itself.
#
# Input: `datafile` and `outfile`, given with -e "datafile='…'; outfile='…'".
# Provides:
#   terminal(w, h)  the `set terminal` command for outfile: SVG if it ends in .svg,
#                   else PNG (pngcairo); use as `eval terminal(1100, 560)`
#   data            the data file as gnuplot should read it: through `csvclean`, so
#                   that RFC 4180 quoted fields ("portal, s70") stay one column
#   distinct(cond, key)  the distinct values of the awk expression `key` over the
#                   data rows where `cond` holds, in file order, each in double quotes
#                   so that word() and words() keep names with spaces whole
#   column_of(name) the column number of a header name, 0 if absent
#   nth(list, key)  1-based position of `key` in a distinct() list, 0 if absent
#   header_name(n)  the name of column n
#   axislabel(name) a column name as an axis label with its unit
#   reader          the shell command that prints the cleaned data
# and ten distinguishable line colours (the Tableau 10 palette).
set datafile separator comma
svg = strlen(outfile) > 4 && outfile[strlen(outfile) - 3:] eq '.svg'
terminal(w, h) = svg \
    ? sprintf('set terminal svg size %d,%d dynamic enhanced font "Sans,11" background "white"', w, h) \
    : sprintf('set terminal pngcairo size %d,%d enhanced font "Sans,10"', w, h)

# The file name for the shell, inside single quotes ('it''s' -> 'it'\''s').
shellfile = ''
do for [i = 1:strlen(datafile)] { c = datafile[i:i]; shellfile = shellfile . (c eq "'" ? "'\\''" : c) }
# Rewrites quoted fields so that a plain comma split is right: commas inside quotes
# become semicolons, the quotes go, a doubled quote becomes an apostrophe. Lines
# without a quote pass straight through (a field map has tens of thousands).
csvclean = 'awk ''index($0,"\"")==0{print;next}{o="";q=0;n=length($0);for(i=1;i<=n;i++){c=substr($0,i,1);if(c=="\""){if(q&&substr($0,i+1,1)=="\""){o=o "\047";i++}else q=!q}else if(c==","&&q)o=o ";";else o=o c}print o}'''
# Commands are joined with '.', not built by sprintf: gnuplot 5.4's sprintf cuts its
# result short when long arguments come before a %% (a long temporary path did it).
reader = csvclean . " '" . shellfile . "'"
data = "< " . reader
distinct(cond, key) = system(reader . " | awk -F, 'NR > 1 && (" . cond . ") { k = " . key \
    . "; if (!(k in s)) { s[k] = 1; printf \"\\\"%s\\\" \", k } }'")
column_of(name) = int(system("head -n 1 '" . shellfile . "' | " . csvclean \
    . " | awk -F, '{ for (i = 1; i <= NF; i++) if ($i == \"" . name . "\") { print i; exit } print 0 }'"))
nth(list, key) = sum [j = 1:words(list)] (word(list, j) eq key ? j : 0)
header_name(n) = system("head -n 1 '" . shellfile . "' | " . csvclean . " | awk -F, '{ printf \"%s\", $" . sprintf("%d", n) . " }'")
# "frequency_hz" -> "frequency (Hz)", "gate_start_s" -> "gate start (s)",
# "walking_speed_mps" -> "walking speed (m/s)", "zone_count" -> "zone count".
axislabel(name) = name eq 'sensitivity' ? 'sensitivity setting (0-99)' : \
    system("printf '%s' '" . name . "' | sed -e 's/_hz$/ (Hz)/' -e 's/_mps$/ (m\\/s)/' -e 's/_s$/ (s)/' -e 's/_m$/ (m)/' -e 's/_/ /g'")

set linetype 1 lc rgb "#1f77b4" lw 1.5 pt 7
set linetype 2 lc rgb "#ff7f0e" lw 1.5 pt 5
set linetype 3 lc rgb "#2ca02c" lw 1.5 pt 9
set linetype 4 lc rgb "#d62728" lw 1.5 pt 11
set linetype 5 lc rgb "#9467bd" lw 1.5 pt 13
set linetype 6 lc rgb "#8c564b" lw 1.5 pt 7
set linetype 7 lc rgb "#e377c2" lw 1.5 pt 5
set linetype 8 lc rgb "#7f7f7f" lw 1.5 pt 9
set linetype 9 lc rgb "#bcbd22" lw 1.5 pt 11
set linetype 10 lc rgb "#17becf" lw 1.5 pt 13
set linetype cycle 10
