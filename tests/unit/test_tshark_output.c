/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Reading tshark's command line: when only other fields than sipexplain's are printed. */
#include "check.h"
#include "tshark_output.h"

static void expect(sx_tshark_output wanted, const char *command)
{
    static const char *const names[] = { "unknown", "other fields", "our fields" };
    gchar **argv = g_strsplit(command, " ", -1);
    int argc = (int)g_strv_length(argv);
    sx_tshark_output found = sx_tshark_output_of(argc, (const char *const *)argv);

    check(found == wanted, "%s: %s, expected %s", command, names[found], names[wanted]);
    g_strfreev(argv);
}

int main(void)
{
    /* Fields printed, none of them sipexplain's. */
    expect(SX_OUTPUT_OTHER_FIELDS, "tshark -r c.pcap -T fields -e sip.Status-Code");
    expect(SX_OUTPUT_OTHER_FIELDS, "tshark -r c.pcap -Tfields -esip.Status-Code -e frame.number");
    expect(SX_OUTPUT_OTHER_FIELDS, "tshark -2 -r c.pcap -T fields -e sip.Call-ID -E header=y");
    expect(SX_OUTPUT_OTHER_FIELDS, "tshark -r c.pcap -Y sipexplain.problem -T fields -e frame.number");
    /* A sipexplain field or expert information: ours. Another output: not fields. */
    expect(SX_OUTPUT_OUR_FIELDS, "tshark -r c.pcap -T fields -e sipexplain.class");
    expect(SX_OUTPUT_OUR_FIELDS, "tshark -r c.pcap -T fields -e frame.number -esipexplain");
    expect(SX_OUTPUT_OUR_FIELDS, "tshark -r c.pcap -T fields -e _ws.expert.message");
    expect(SX_OUTPUT_UNKNOWN, "tshark -r c.pcap -V");
    expect(SX_OUTPUT_UNKNOWN, "tshark -r c.pcap -T json -e sip.Status-Code");
    expect(SX_OUTPUT_UNKNOWN, "tshark -r c.pcap -T fields -e sip.Status-Code -T pdml");
    expect(SX_OUTPUT_UNKNOWN, "tshark -r c.pcap");
    /* Bundled options are not told apart: nothing is known. */
    expect(SX_OUTPUT_UNKNOWN, "tshark -r c.pcap -T fields -qe sipexplain.class");
    expect(SX_OUTPUT_UNKNOWN, "tshark -r c.pcap -qT fields -e sip.Status-Code");
    /* A missing value, or arguments after "--" (a capture filter), change nothing. */
    expect(SX_OUTPUT_UNKNOWN, "tshark -r c.pcap -T");
    expect(SX_OUTPUT_OTHER_FIELDS, "tshark -r c.pcap -T fields -e sip.Method -- -e");
    return checks_finish("tshark_output");
}
