#!/usr/bin/perl
# SPDX-License-Identifier: GPL-2.0-or-later
#
# The forbidden-call check of run-static-checks.sh: reads one C source on
# standard input and prints "LINE: FUNCTION: CALL: CODE" for each call that
# ends the program, asserts or prints. Printing is allowed in exactly one
# place: the functions the same file registers as tap draw callbacks (the
# 7th argument of register_tap_listener), which is how a tshark -z report
# writes its output, as Wireshark's own ui/cli taps do. Nothing else is: a
# tap's start callback, a dissector, a preference callback must not print,
# and nothing may end the program or assert.
#
#   perl tests/static/forbidden-calls.pl <FILE.c
use strict;
use warnings;

my @end = qw(abort exit _exit _Exit quick_exit raise g_abort assert g_error ws_error
             g_return_if_fail g_return_val_if_fail REPORT_DISSECTOR_BUG THROW THROW_MESSAGE);
my @end_prefix = qw(g_assert ws_assert DISSECTOR_ASSERT);
my @print = qw(printf fprintf vprintf vfprintf dprintf puts fputs putchar putc fputc fwrite perror
               g_print g_printerr g_message g_warning g_critical g_info g_debug
               ws_critical ws_warning ws_message ws_info ws_debug ws_noisy ws_log ws_log_full);
my %is_end = map { $_ => 1 } @end;
my %is_print = map { $_ => 1 } @print;

# The code, one entry per source line: comments removed and string and
# character literals blanked (a "{" or "exit(" in either is not code), the
# lines kept where they are so that each finding names its own.
my $source = do { local $/; <STDIN> };
my $stripped = '';
while ($source =~ m{\G(?:(/\*.*?\*/)|(//[^\n]*)|("(?:[^"\\\n]|\\.)*")|('(?:[^'\\\n]|\\.)*')|(.))}gs) {
    if (defined $1) { (my $kept = $1) =~ s/[^\n]//g; $stripped .= $kept; }
    elsif (defined $2) { }
    elsif (defined $3) { $stripped .= '""'; }
    elsif (defined $4) { $stripped .= "' '"; }
    else { $stripped .= $5; }
}
my @code = split /\n/, $stripped, -1;
my @original = split /\n/, $source, -1;
my $all = $stripped;

# Functions registered as tap draw callbacks: register_tap_listener(name,
# data, filter, flags, reset, packet, draw[, finish]).
my %draw;
while ($all =~ /\bregister_tap_listener\s*\(/g) {
    my ($depth, $argument, @arguments) = (1, '');
    my $pos = pos($all);
    while ($pos < length($all) && $depth > 0) {
        my $c = substr($all, $pos++, 1);
        if ($c eq '(') { $depth++; }
        elsif ($c eq ')') { $depth--; last if $depth == 0; }
        elsif ($c eq ',' && $depth == 1) { push @arguments, $argument; $argument = ''; next; }
        $argument .= $c;
    }
    push @arguments, $argument;
    if (@arguments >= 7 && $arguments[6] =~ /^\s*([A-Za-z_]\w*)\s*$/ && $1 ne 'NULL') {
        $draw{$1} = 1;
    }
}

# Walk the code: the function each line is in (the last identifier called
# at depth 0 before the body's brace), and the calls in it.
my ($depth, $candidate, $function) = (0, '', '');
for my $i (0 .. $#code) {
    my $text = $code[$i];
    while ($text =~ /([A-Za-z_]\w*)\s*\(|([{}])/g) {
        if (defined $1) {
            my $name = $1;
            if ($depth == 0) { $candidate = $name; next; }
            my $ends = $is_end{$name} || grep { index($name, $_) == 0 } @end_prefix;
            if ($ends) {
                print $i + 1, ": $function: $name: ", ($original[$i] // ""), "\n";
            } elsif ($is_print{$name} && !$draw{$function}) {
                print $i + 1, ": $function: $name: ", ($original[$i] // ""), "\n";
            }
        } elsif ($2 eq '{') {
            $function = $candidate if $depth == 0;
            $depth++;
        } else {
            $depth-- if $depth > 0;
            $function = '' if $depth == 0;
        }
    }
}
