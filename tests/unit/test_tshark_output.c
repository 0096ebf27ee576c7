/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Reading tshark's command line: when only other fields than sipexplain's are printed. */
#include "check.h"
#include "tshark_output.h"

static void expect(gboolean wanted, const char *command)
{
    gchar **argv = g_strsplit(command, " ", -1);
    int argc = (int)g_strv_length(argv);

    check(sx_arguments_print_other_fields_only(argc, (const char *const *)argv) == wanted,
          "%s: expected %s", command, wanted ? "other fields only" : "not known so");
    g_strfreev(argv);
}

int main(void)
{
    /* Fields printed, none of them sipexplain's: the visible tree is not read for it. */
    expect(TRUE, "tshark -r c.pcap -T fields -e sip.Status-Code");
    expect(TRUE, "tshark -r c.pcap -Tfields -esip.Status-Code -e frame.number");
    expect(TRUE, "tshark -2 -r c.pcap -T fields -e sip.Call-ID -E header=y");
    expect(TRUE, "tshark -r c.pcap -Y sipexplain.problem -T fields -e frame.number");
    /* A sipexplain field, expert information, or another output: printed. */
    expect(FALSE, "tshark -r c.pcap -T fields -e sipexplain.class");
    expect(FALSE, "tshark -r c.pcap -T fields -e frame.number -esipexplain");
    expect(FALSE, "tshark -r c.pcap -T fields -e _ws.expert.message");
    expect(FALSE, "tshark -r c.pcap -V");
    expect(FALSE, "tshark -r c.pcap -T json -e sip.Status-Code");
    expect(FALSE, "tshark -r c.pcap -T fields -e sip.Status-Code -T pdml");
    expect(FALSE, "tshark -r c.pcap");
    /* Bundled options are not told apart: nothing is known. */
    expect(FALSE, "tshark -r c.pcap -T fields -qe sipexplain.class");
    expect(FALSE, "tshark -r c.pcap -qT fields -e sip.Status-Code");
    /* A missing value, or arguments after "--" (a capture filter), change nothing. */
    expect(FALSE, "tshark -r c.pcap -T");
    expect(TRUE, "tshark -r c.pcap -T fields -e sip.Method -- -e");
    return checks_finish("tshark_output");
}
